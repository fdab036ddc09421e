# range() with a bound or step beyond the interpreter's small ints (31 bits
# on wasm32): millisecond timestamps, 2**40. MicroPython's C range keeps its
# numbers in a machine word and raised OverflowError for these; py/objrange.c
# (patch 0078) calls this class instead whenever an argument is a big int, so
# the C range stays for every ordinary call. It computes in Python ints, as
# CPython's range does; isinstance(r, range) is False for it.
import builtins


def _index(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _clamp(value, length, low, high):
    # one end of a slice of a sequence of `length` items, as slice.indices
    value = _index(value)
    if value < 0:
        return max(value + length, low)
    return min(value, high)


class range:
    def __init__(self, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError('range expected at most 3 arguments, got %d' % len(args))
        if len(args) == 1:
            self.start, self.stop, self.step = 0, _index(args[0]), 1
        else:
            self.start, self.stop = _index(args[0]), _index(args[1])
            self.step = _index(args[2]) if len(args) == 3 else 1
            if self.step == 0:
                raise ValueError('range() arg 3 must not be zero')

    def __len__(self):
        if self.step > 0:
            n = (self.stop - self.start + self.step - 1) // self.step
        else:
            n = (self.start - self.stop - self.step - 1) // -self.step
        return max(n, 0)

    def __bool__(self):
        return len(self) > 0

    def __iter__(self):
        value, stop, step = self.start, self.stop, self.step
        if step > 0:
            while value < stop:
                yield value
                value += step
        else:
            while value > stop:
                yield value
                value += step

    def __reversed__(self):
        n = len(self)
        last = self.start + (n - 1) * self.step
        return iter(builtins.range(last, last - n * self.step, -self.step))

    def __getitem__(self, key):
        n = len(self)
        if isinstance(key, slice):
            step = 1 if key.step is None else _index(key.step)
            if step == 0:
                raise ValueError('slice step cannot be zero')
            low, high = (-1, n - 1) if step < 0 else (0, n)
            start = (high if step < 0 else low) if key.start is None else _clamp(key.start, n, low, high)
            stop = (low if step < 0 else high) if key.stop is None else _clamp(key.stop, n, low, high)
            return builtins.range(self.start + start * self.step, self.start + stop * self.step, step * self.step)
        i = _index(key)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('range object index out of range')
        return self.start + i * self.step

    def __contains__(self, value):
        if type(value) not in (int, bool):
            return any(value == item for item in self)
        if self.step > 0:
            inside = self.start <= value < self.stop
        else:
            inside = self.stop < value <= self.start
        return inside and (value - self.start) % self.step == 0

    def index(self, value):
        if type(value) in (int, bool):
            if value in self:
                return (value - self.start) // self.step
        else:
            for i, item in enumerate(self):
                if item == value:
                    return i
        raise ValueError('%r is not in range' % (value,))

    def count(self, value):
        if type(value) in (int, bool):
            return int(value in self)
        return sum(1 for item in self if item == value)

    def _key(self):
        # equal ranges are the same sequence: CPython compares length, then
        # the first item, then the step
        n = len(self)
        return (n, None if n == 0 else self.start, self.step if n > 1 else None)

    def __eq__(self, other):
        if not isinstance(other, (range, builtins.range)):
            return NotImplemented
        return self._key() == range._key(other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        if self.step == 1:
            return 'range(%r, %r)' % (self.start, self.stop)
        return 'range(%r, %r, %r)' % (self.start, self.stop, self.step)
