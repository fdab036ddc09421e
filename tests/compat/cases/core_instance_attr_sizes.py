# Instances start with an attribute map sized like their class's last one
# (patch 0192): instances that set more, fewer or other attributes than
# the one before, delete them, or get them from __new__ or a subclass must
# see exactly their own attributes, in the order they were set.
class Varying:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % ((i * 7) % n), i)


seen = []
for n in [6, 0, 12, 3, 70, 1, 6, 6, 2]:
    v = Varying(n)
    seen.append((n, list(vars(v))[:4], len(vars(v)), sum(vars(v).values())))
print(seen)


class Shrinks:
    def __init__(self, k):
        self.x, self.y, self.z = k, k, k
        if k % 2:
            del self.y
            self.w = k


print([sorted(vars(Shrinks(k)).items()) for k in range(4)], list(vars(Shrinks(3))))


class Made:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.made = args
        return o

    def __init__(self, a, b=0):
        self.a, self.b = a, b


class Sub(Made):
    def __init__(self, a):
        super().__init__(a, 1)
        self.extra = [a]


print(vars(Made(1, 2)), vars(Sub(5)), vars(Made(3)), [vars(Sub(i))["extra"] for i in range(3)])
objs = [Varying(i % 9) for i in range(2000)]
print(sum(len(vars(o)) for o in objs), all(getattr(o, "a0", 0) == 0 for o in objs))
