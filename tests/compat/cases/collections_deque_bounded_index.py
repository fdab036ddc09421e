# A bounded deque appended to in a loop drops its leftmost item inline, and
# d[i] takes a fast path for a plain int in range (port/python/
# _collections_deque.py). Bounds of every size, indexes at and past both
# ends, bools, huge ints, objects with __index__ and bad types must give
# CPython's items and errors.
from collections import deque
for m in (0, 1, 2, 33, 70):
    d = deque(maxlen=m)
    for i in range(200):
        d.append(i)
        if i % 3 == 0:
            d.appendleft(-i)
        if i % 50 == 0 and d:
            d.popleft()
    out = [list(d)[:5], len(d)]
    for k in (0, 1, -1, -2, True, len(d) - 1, -len(d)):
        try:
            out.append(d[k])
        except IndexError as e:
            out.append(("IndexError", str(e)))
    for k in (len(d), -len(d) - 1, 2 ** 70, -2 ** 70):
        try:
            d[k]
        except IndexError as e:
            out.append(str(e))
    try:
        d["x"]
    except TypeError as e:
        out.append(str(e))
    print(m, out)


class Two:
    def __index__(self):
        return 2


d = deque(range(10), maxlen=8)
d[Two()] = "two"
del d[-1]
print(d, d[Two()], d[False])
for bad in ("x", 1.5, None):
    for op in ("get", "set", "del"):
        try:
            if op == "get":
                d[bad]
            elif op == "set":
                d[bad] = 1
            else:
                del d[bad]
        except TypeError as e:
            print(op, e)
for big in (2 ** 63, -2 ** 63 - 1, 2 ** 63 - 1):
    try:
        d[big]
    except IndexError as e:
        print(big, e)
