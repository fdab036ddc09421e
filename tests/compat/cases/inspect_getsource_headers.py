# inspect.getsource finds the end of a def or class header that goes on over
# several lines (brackets, strings holding brackets or colons, a
# triple-quoted default, a multi-line decorator), and a lambda's own line.
import inspect


def deco(*a, **k):
    return lambda f: f


@deco(
    x="(", y=')',  # a comment (
)
def f(
    a="):",
    b=[1,
       2],
):  # trailing
    return a

    # comment inside
    x = 1


def g(a): return a


class C(
    object,
):
    @property
    def p(self):
        return 1

    def q(self, s="""(
    """):
        return s


square = (lambda n:
          n * n)
key = lambda v: -v
print(inspect.getsource(f))
print(inspect.getsource(g))
print(inspect.getsource(C))
print(inspect.getsource(C.q))
print(inspect.getsource(key))
print(inspect.getsourcelines(f)[1], inspect.getsourcelines(C.p.fget)[1], inspect.getsourcelines(g)[1])
