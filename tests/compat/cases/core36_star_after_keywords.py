# A *arg written after keyword arguments is positional and is evaluated
# before the keyword values, as in CPython (patch 0287).
def g(a=0, p=None):
    return (a, p)


def show(*a, **k):
    return a, sorted(k.items())


def v(label, value):
    print('eval', label)
    return value


args = ()
print(g(p=1, *args))
print(g(p=1, *(5,)))
print(show(b=1, c=2, d=3, *(7, 8)))
print(show(1, b=1, *(2,), c=2, *(3,), **{'z': 0}))
print(show(k=v('k', 1), *v('star', (2,)), j=v('j', 3), *v('star2', [4])))


class C:
    def m(self, *a, **k):
        return a, sorted(k.items())


print(C().m(x=1, *[1, 2]))
print(show(b=1, *(i for i in range(3))))
try:
    g(p=1, *(1, 2, 3))
except TypeError as e:
    print('TypeError')
