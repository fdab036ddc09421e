"""collections.deque, CPython's growable double-ended queue.

MicroPython's C deque is a fixed-size ring, so this one keeps its items in
a list whose live part starts at index _h. popleft moves _h on instead of
shifting every item (list.pop(0) is O(n), and a queue drained from the
left was quadratic); the dead prefix is dropped once it outgrows the live
part. appendleft fills the prefix from its end, and when none is left it
prepends room for half as many items again, so both ends are amortised
O(1). Methods that are O(n) anyway work on the compacted list (_items)."""


def _index(i):
    # an index as CPython's deque takes one, with its errors
    if not isinstance(i, int):
        index = getattr(type(i), '__index__', None)
        if index is None:
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        i = index(i)
    if not -0x8000000000000000 <= i <= 0x7FFFFFFFFFFFFFFF:
        raise IndexError("cannot fit 'int' into an index-sized integer")
    return i


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._l = []
        self._h = 0
        self.maxlen = maxlen
        self.extend(iterable)

    def _items(self):
        # the live items as the whole list (drops the dead prefix)
        l = self._l
        if self._h:
            del l[:self._h]
            self._h = 0
        return l

    def append(self, x):
        l = self._l
        l.append(x)
        m = self.maxlen
        if m is not None and len(l) - self._h > m:
            # popleft's work, without the call: a bounded deque appended to
            # in a loop (a sliding window) spent half its time calling it
            h = self._h
            l[h] = None
            h += 1
            if h == len(l):
                l.clear()
                h = 0
            elif h > 32 and h + h > len(l):
                del l[:h]
                h = 0
            self._h = h

    def appendleft(self, x):
        l = self._l
        h = self._h
        if not h:
            h = (len(l) >> 1) + 4
            l[:0] = [None] * h
        h -= 1
        l[h] = x
        self._h = h
        if self.maxlen is not None and len(l) - h > self.maxlen:
            self.pop()

    def extend(self, it):
        if it is self:
            it = list(self)
        for x in it:
            self.append(x)

    def extendleft(self, it):
        if it is self:
            it = list(self)
        for x in it:
            self.appendleft(x)

    def pop(self):
        l = self._l
        if len(l) <= self._h:
            raise IndexError('pop from an empty deque')
        x = l.pop()
        if len(l) == self._h:
            l.clear()
            self._h = 0
        return x

    def popleft(self):
        l = self._l
        h = self._h
        if h >= len(l):
            raise IndexError('pop from an empty deque')
        x = l[h]
        l[h] = None
        h += 1
        if h == len(l):
            l.clear()
            h = 0
        elif h > 32 and h + h > len(l):
            del l[:h]
            h = 0
        self._h = h
        return x

    def rotate(self, n=1):
        l = self._items()
        if l:
            n %= len(l)
            if n:
                l[:] = l[-n:] + l[:-n]

    def clear(self):
        self._l.clear()
        self._h = 0

    def copy(self):
        return self.__class__(self, self.maxlen)

    __copy__ = copy

    def __reduce__(self):
        # CPython's: an empty call (with maxlen), a subclass's own attributes
        # (not this class's storage), then the items
        state = {k: v for k, v in self.__dict__.items() if k not in ('_l', '_h', 'maxlen')}
        args = () if self.maxlen is None else ((), self.maxlen)
        return type(self), args, state or None, iter(list(self))

    def count(self, x):
        return self._items().count(x)

    def index(self, x, *a):
        try:
            return self._items().index(x, *a)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,)) from None

    def insert(self, i, x):
        if self.maxlen is not None and len(self) >= self.maxlen:
            raise IndexError('deque already at its maximum size')
        self._items().insert(i, x)

    def remove(self, x):
        try:
            self._items().remove(x)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,)) from None

    def reverse(self):
        self._items().reverse()

    def __len__(self):
        return len(self._l) - self._h

    def __bool__(self):
        return len(self._l) > self._h

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return reversed(self._items())

    def __contains__(self, x):
        return x in self._items()

    def _at(self, i):
        n = len(self._l) - self._h
        i = _index(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._h + i

    def __getitem__(self, i):
        # d[0] and d[-1] without the checks' two calls when i is a plain int
        # in range (as often as not the reason to use a deque)
        if type(i) is int:
            l = self._l
            h = self._h
            j = h + i if i >= 0 else len(l) + i
            if h <= j < len(l):
                return l[j]
        return self._l[self._at(i)]

    def __setitem__(self, i, v):
        self._l[self._at(i)] = v

    def __delitem__(self, i):
        del self._l[self._at(i)]

    def __eq__(self, o):
        return self._items() == o._items() if isinstance(o, deque) else NotImplemented

    def __ne__(self, o):
        return self._items() != o._items() if isinstance(o, deque) else NotImplemented

    def __lt__(self, o):
        return self._items() < o._items() if isinstance(o, deque) else NotImplemented

    def __le__(self, o):
        return self._items() <= o._items() if isinstance(o, deque) else NotImplemented

    def __gt__(self, o):
        return self._items() > o._items() if isinstance(o, deque) else NotImplemented

    def __ge__(self, o):
        return self._items() >= o._items() if isinstance(o, deque) else NotImplemented

    __hash__ = None

    def __add__(self, o):
        if not isinstance(o, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(o).__name__)
        return deque(self._items() + o._items(), self.maxlen)

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return deque(self._items() * n, self.maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        l = self._items()
        l *= n
        m = self.maxlen
        if m is not None and len(l) > m:
            del l[:len(l) - m]
        return self

    def __iadd__(self, o):
        self.extend(o)
        return self

    def __repr__(self):
        r = '%s(%r' % (type(self).__name__, self._items())
        return r + (')' if self.maxlen is None else ', maxlen=%d)' % self.maxlen)


deque.__module__ = 'collections'  # as CPython's (pprint, pickle and typing go by it)
