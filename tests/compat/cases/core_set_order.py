# A set iterates in its table's order, and CPython's table for ints is
# predictable: sets of ints print in CPython's order, however they were made
# (literals, set(), comprehensions, operators, updates, removals, pop()).
# Equal keys of different types are one key.
print({5, 2}, {10, 3, 7}, {1, 4, 9}, {8, 16, 24, 0}, {100, 1, 50, 7, 64, 3})
print(set([33, 13, 19, 21]), frozenset([617, 109, 361]), {x * x for x in range(12)})
print({17, 1, 2, 3, 4}, {40, 9, 1, 2, 3, 5, 6}, {8, 0}, {903, 251, 925, 535}, {199, 974, 230})
print({-3, 0, 13, -4, 4, -5, 3, 10, 14, 7, 8, 7, 13, 9, -1, 6, -2, -4, -1, 10, 1, 3, 8, 15})


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


numbers = lcg(42)
for trial in range(40):
    size = next(numbers) % 50
    top = [8, 32, 64, 200, 5000][trial % 5]
    xs = [next(numbers) % top for _ in range(size)]
    ys = [next(numbers) % top for _ in range(next(numbers) % 40)]
    s, t = set(xs), set(ys)
    for x in xs[::3]:
        s.discard(x)
    s.update(ys[:5])
    u = set(xs)
    popped = [u.pop() for _ in range(len(u) // 2)]
    u.update(ys)
    v = set(xs)
    v.symmetric_difference_update(ys)
    w = set(xs)
    w.difference_update(ys)
    print(s, t | s, s & t, s - t, t - s, s ^ t, popped, u, v, w)
    print(set(xs).union(ys, [1, 2]), set(xs).intersection(ys), set(dict.fromkeys(xs)),
          frozenset(xs) | frozenset(ys), set(xs).copy(), {x % 13 for x in xs})

print({1, True}, {1.0, 1, True}, {0, False, 0.0}, True in set(range(5)), 2.0 in {2})
print(len({x for x in [1, 1.0, True] * 20}), {3, 1} | {1.0, 3.0})
