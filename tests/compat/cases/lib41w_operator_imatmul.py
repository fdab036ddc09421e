# operator.imatmul and the __matmul__/__imatmul__ aliases (werkzeug's
# LocalProxy builds its in-place operators from them).
import operator


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * other.v)

    def __imatmul__(self, other):
        self.v += other.v
        return self


a = M(3)
r = operator.imatmul(a, M(4))
print(r is a, a.v)
print(operator.matmul(M(2), M(5)).v, operator.__matmul__(M(2), M(3)).v, operator.__imatmul__(M(1), M(1)).v)
b = M(2)
print(operator.imatmul(M(1), b) is not b, operator.imatmul(M(6), M(7)).v)


class OnlyMat:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return OnlyMat(self.v + other.v)


x = OnlyMat(1)
y = operator.imatmul(x, OnlyMat(2))
print(y is x, y.v)
try:
    operator.imatmul(1, 2)
except TypeError:
    print('TypeError')


class Holder:
    op = operator.imatmul


print(Holder().op(M(2), M(2)).v)
