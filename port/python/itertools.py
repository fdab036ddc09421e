"""itertools: count, cycle, repeat, accumulate, chain (+from_iterable),
compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,
takewhile, tee, zip_longest, product, permutations, combinations,
combinations_with_replacement, batched. Generators, so reprs differ."""


def count(start=0, step=1):
    while True:
        yield start
        start += step


def cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    for _ in range(times):
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
        return self

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


def islice(it, *args):
    if len(args) == 1:
        args = (None,) + args
    start, stop, step = (tuple(args) + (None,))[:3]
    start, step = start or 0, step or 1
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    nxt = start
    it = iter(it)
    i = 0
    while stop is None or i < stop:
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
    pools = [tuple(p) for p in its] * repeat
    res = [()]
    for p in pools:
        res = [r + (x,) for r in res for x in p]
    for r in res:
        yield r


def permutations(it, r=None):
    pool = tuple(it)
    n = len(pool)
    r = n if r is None else r
    for idx in product(range(n), repeat=r):
        if len(set(idx)) == r:
            yield tuple(pool[i] for i in idx)


def combinations(it, r):
    pool = tuple(it)
    n = len(pool)
    for idx in permutations(range(n), r):
        if sorted(idx) == list(idx):
            yield tuple(pool[i] for i in idx)


def combinations_with_replacement(it, r):
    pool = tuple(it)
    n = len(pool)
    for idx in product(range(n), repeat=r):
        if sorted(idx) == list(idx):
            yield tuple(pool[i] for i in idx)
