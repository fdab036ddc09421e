"""itertools: count, cycle, repeat, accumulate, chain (+from_iterable),
compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,
takewhile, tee, zip_longest, product, permutations, combinations,
combinations_with_replacement, batched. Most are generators, so their
reprs differ; count and repeat are classes with CPython's reprs (a for
loop over one still runs a generator, see count.__iter__); arguments are
checked when the function is called, as CPython checks them."""


class count:
    """count(start=0, step=1): start, start + step, ... without end. The
    next value is kept on the object (repr() shows it, as CPython's)."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__float__') and not hasattr(v, '__index__'):
                raise TypeError('a number is required')
        if type(start) is bool and isinstance(step, int):
            start = int(start)  # CPython counts in plain ints: count(True) is count(1)
        self._n = start
        self._step = step

    def __iter__(self):
        # A generator, not self: a for loop or zip() then resumes it
        # directly instead of calling __next__ in Python per item (twice
        # as fast). It keeps the next value on the object, so next() and a
        # second iter() carry on where it stopped.
        return _count(self, self._step)

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, step)

    def __reduce__(self):
        return type(self), (self._n, self._step)


def _count(c, step):
    while True:
        n = c._n
        c._n = n + step
        yield n


def cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


class repeat:
    """repeat(object[, times]): object, times times or without end; repr()
    shows how many are left, as CPython's."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            times = max(times, 0)  # CPython counts a negative as none
        self._times = times

    def __iter__(self):
        # a generator for the loops, as count.__iter__
        if self._times is None:
            return _repeat_forever(self._obj)
        return _repeat_times(self, self._obj)

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._times)


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_times(r, obj):
    # the count left is kept on r, for its repr and next()
    while True:
        t = r._times
        if t <= 0:
            return
        r._times = t - 1
        yield obj


def accumulate(it, func=None, *, initial=None):
    it = iter(it)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x) if func else total + x
        yield total


class chain:
    def __init__(self, *its):
        self._g = (x for it in its for x in it)

    @classmethod
    def from_iterable(cls, its):
        c = cls()
        c._g = (x for it in its for x in it)
        return c

    def __iter__(self):
        # the generator itself: a for loop then resumes it directly, not
        # through a Python __next__ per item (three times as fast)
        return self._g

    def __next__(self):
        return next(self._g)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(pred, it):
    if pred is None:
        pred = bool
    return (x for x in it if not pred(x))


def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def starmap(func, it):
    return (func(*a) for a in it)


def _index(v, what):
    if v is None:
        return v
    try:
        v = v.__index__() if not isinstance(v, int) else v
    except AttributeError:
        v = -1
    if v < 0:
        raise ValueError(what + ' for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    return v


def islice(it, *args):
    # The arguments are checked when islice() is called, as CPython does.
    if not 1 <= len(args) <= 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1) if args else
                        'islice expected at least 2 arguments, got 1')
    if len(args) == 1:
        start, stop, step = None, _index(args[0], 'Stop argument'), None
    else:
        start, stop, step = _index(args[0], 'Indices'), _index(args[1], 'Stop argument'), (args[2] if len(args) > 2 else None)
        if step is not None:
            if isinstance(step, int) and step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
            step = _index(step, 'Indices')
    return _islice(iter(it), start or 0, stop, step or 1)


def _islice(it, nxt, stop, step):
    i = 0
    while stop is None or nxt < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1


def pairwise(it):
    it = iter(it)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def batched(it, n):
    if n < 1:
        raise ValueError('n must be at least one')
    it = iter(it)
    while True:
        b = tuple(islice(it, n))
        if not b:
            return
        yield b


class _Tee:
    def __init__(self, it, buf, i):
        self._it, self._buf, self._i = it, buf, i

    def __iter__(self):
        return self

    def __next__(self):
        q = self._buf[self._i]
        if not q:
            x = next(self._it)
            for b in self._buf:
                b.append(x)
        return q.pop(0)


def tee(it, n=2):
    it = iter(it)
    buf = [[] for _ in range(n)]
    return tuple(_Tee(it, buf, i) for i in range(n))


def zip_longest(*its, fillvalue=None):
    its = [iter(i) for i in its]
    live = len(its)
    while live:
        out = []
        for i, it in enumerate(its):
            if it is None:
                out.append(fillvalue)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                live -= 1
                its[i] = None
                out.append(fillvalue)
        if live:
            yield tuple(out)


def groupby(it, key=None):
    it = iter(it)
    k = key or (lambda x: x)
    sentinel = cur = object()
    st = [None, sentinel]  # [pending item, its key]

    def grp(tk):
        while True:
            yield st[0]
            try:
                x = next(it)
            except StopIteration:
                st[1] = sentinel
                st[0] = sentinel
                return
            kx = k(x)
            st[0], st[1] = x, kx
            if kx != tk:
                return

    try:
        x = next(it)
    except StopIteration:
        return
    st[0], st[1] = x, k(x)
    while st[0] is not sentinel:
        tk = st[1]
        g = grp(tk)
        yield tk, g
        # skip the rest of an unconsumed group
        if st[1] == tk and st[0] is not sentinel:
            for _ in g:
                pass
        cur = None
    del cur


def product(*its, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return _product([tuple(p) for p in its] * repeat)


def _product(pools):
    # An odometer over the pools' indices: the last one turns fastest.
    if any(not p for p in pools):
        return
    n = len(pools)
    idx = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        k = n - 1
        while k >= 0:
            idx[k] += 1
            if idx[k] < len(pools[k]):
                break
            idx[k] = 0
            k -= 1
        if k < 0:
            return
        yield tuple([pools[j][idx[j]] for j in range(n)])


def _r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(it, r=None):
    pool = tuple(it)
    return _permutations(pool, _r(r, len(pool)))


def _permutations(pool, r):
    # Depth-first over unused indices, in CPython's (lexicographic) order.
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    used = [False] * n
    cur = []       # the indices chosen so far
    nxt = [0]      # at each depth, the next index to try
    while nxt:
        i = nxt[-1]
        while i < n and used[i]:
            i += 1
        if i == n:
            nxt.pop()
            if cur:
                used[cur.pop()] = False
            continue
        nxt[-1] = i + 1
        if len(cur) == r - 1:
            yield tuple([pool[j] for j in cur]) + (pool[i],)
        else:
            cur.append(i)
            used[i] = True
            nxt.append(0)


def combinations(it, r=None):
    if r is None:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(it)
    return _combinations(pool, _r(r, 0))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[i] for i in idx])
    while True:
        k = r - 1
        while k >= 0 and idx[k] == k + n - r:
            k -= 1
        if k < 0:
            return
        idx[k] += 1
        for j in range(k + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[i] for i in idx])


def combinations_with_replacement(it, r=None):
    if r is None:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(it)
    return _combinations_wr(pool, _r(r, 0))


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    yield tuple([pool[i] for i in idx])
    while True:
        k = r - 1
        while k >= 0 and idx[k] == n - 1:
            k -= 1
        if k < 0:
            return
        v = idx[k] + 1
        for j in range(k, r):
            idx[j] = v
        yield tuple([pool[i] for i in idx])

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'tee')
del as_builtins
