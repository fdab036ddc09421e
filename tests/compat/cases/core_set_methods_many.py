# set/frozenset methods taking any number of iterables (patch 0151).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: {1}.union())
t(lambda: {1}.union([2], (3,), {4: 0}))
t(lambda: frozenset({1}).union([2], [3]))
t(lambda: {1, 2, 3}.intersection())
t(lambda: {1, 2, 3}.intersection([1, 2], (2, 3)))
t(lambda: frozenset({1, 2}).intersection([1, 2], [1]))
t(lambda: {1, 2, 3}.difference([1], [2]))
t(lambda: {1, 2, 3}.difference())
def f():
    s = {1, 2, 3}; s.intersection_update([1, 2, 5], [2, 1]); return s
t(lambda: {1} | {2} & {2, 1})
t(lambda: frozenset({1, 2}) & {2})
