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


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


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
