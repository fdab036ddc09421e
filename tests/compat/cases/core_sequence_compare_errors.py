# The elements that decide a list or tuple comparison are compared with the
# operator and in the order written (patch 0183): a class with only __lt__
# is asked it, and the error names the operator and types as CPython does.
# Also CPython's texts for bytes([300]) and round('x').


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: [2] < ["a"])
show(lambda: (1, 2) < (1, "a"))
show(lambda: (2,) > ("a",))
show(lambda: (2,) <= ("a",))
show(lambda: [1.5] >= ["a"])
show(lambda: ("a",) < (2,))
show(lambda: sorted([(1, 2), (1, "a")]))
show(lambda: max([(1, 2), (1, "a")]))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


print(sorted([(1, OnlyLt(3)), (1, OnlyLt(2))])[0][1].v, (1, OnlyLt(1)) < (1, OnlyLt(2)), [OnlyLt(5)] < [OnlyLt(4)])
print((OnlyLt(1),) > (OnlyLt(0),), [OnlyLt(0)] > [OnlyLt(1)])

show(lambda: bytes([300]))
show(lambda: bytes([-1]))
show(lambda: round("x"))
show(lambda: round([1], 2))


class MyFloat(float):
    pass


print(round(True), round(2.5), round(7, -1), round(1.25, 1), round(MyFloat(2.6)))
