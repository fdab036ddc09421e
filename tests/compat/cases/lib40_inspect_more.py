# inspect's 3.11 names beyond signature(): call arguments, closures, frames,
# source blocks and comments, class attributes, annotations, module names.
import inspect
import sys

X = 10


def outer():
    y = 5

    # adds things
    # up
    def f(a, b=2, *rest, k, m=4, **kw):
        return a + y + X + len(rest) + abs(b)
    return f


f = outer()

# getcallargs: the values each parameter gets, or the call's TypeError
print(inspect.getcallargs(f, 1, 2, 3, k=9, z=0))
print(inspect.getcallargs(f, 1, k=3))


def g(a, b, c=1):
    pass


def h(a, *, k, m):
    pass


for call in (lambda: inspect.getcallargs(g), lambda: inspect.getcallargs(g, 1),
             lambda: inspect.getcallargs(g, 1, 2, 3, 4), lambda: inspect.getcallargs(g, 1, a=2),
             lambda: inspect.getcallargs(g, 1, 2, d=3), lambda: inspect.getcallargs(h, 1),
             lambda: inspect.getcallargs(h, 1, 2, k=1)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)


class C:
    def m(self, x, y=1):
        return x

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    @property
    def p(self):
        return 1

    data = 3


print(inspect.getcallargs(C().m, 5)['x'], sorted(inspect.getcallargs(C().m, 5)))

# getclosurevars: the enclosing function's names, globals, builtins
cv = inspect.getclosurevars(f)
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
print(type(cv).__name__, cv._fields)


def uses():
    import os.path
    total = [n * 2 for n in range(X)]
    return os.path.join(str(total), undefined_name.attr_name) + sorted(C.data)


cv = inspect.getclosurevars(uses)
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound))
cv = inspect.getclosurevars(lambda v: v + X)
print(cv.globals, cv.builtins, cv.unbound)

# frames
def who():
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))
    outer_frames = inspect.getouterframes(inspect.currentframe())
    print([fi.function for fi in outer_frames][:2], outer_frames[0].code_context, inspect.getlineno(frame) > 0)


def caller(p, *more, q=1, **opts):
    who()
    return inspect.getargvalues(sys._getframe())


info = caller(1, 2, q=3, r=4)
print(info.args, info.varargs, info.keywords)
print(inspect.formatargvalues(info.args, info.varargs, info.keywords, info.locals))


def fail():
    raise ValueError('x')


try:
    fail()
except ValueError:
    frames = inspect.trace()
    print([(fi.function, fi.code_context) for fi in frames])
    tb = sys.exc_info()[2]
    print(inspect.istraceback(tb), [fi.lineno for fi in inspect.getinnerframes(tb)] ==
          [fi.lineno for fi in frames], inspect.getframeinfo(tb).function)
    print(inspect.getframeinfo(tb.tb_next, context=3).code_context)

# source: findsource, getblock, comments, indentsize
lines, start = inspect.findsource(g)
print(start, lines[start].rstrip())
print(inspect.getblock(lines[start:]))
print(repr(inspect.getcomments(inspect.unwrap(f))))
print(repr(inspect.getcomments(g)))
print(repr(inspect.getcomments(sys.modules[__name__])))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('pkg/x.pyc'), inspect.getmodulename('README'))
print(inspect.getabsfile(g) == inspect.getabsfile(C))

# class attributes
for a in inspect.classify_class_attrs(C):
    if a.defining_class is C and not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print([n for n, v in inspect.getmembers_static(C) if not n.startswith('__')])
print(type(inspect.getmembers_static(C(), lambda v: isinstance(v, property))[0][1]).__name__)


class A: pass
class B(A): pass
class D(A): pass
class E(B, D): pass


tree = inspect.getclasstree([A, B, D, E])
print(tree[0][0], tree[1][0][0].__name__, [t[0].__name__ for t in tree[1] if isinstance(t, tuple)])

# annotations
def ann(a: int, b: 'C', c: list[int] = None) -> 'str':
    pass


class WithAnn:
    x: int
    y: 'C'


print(inspect.get_annotations(ann))
print(inspect.get_annotations(ann, eval_str=True))
print(inspect.get_annotations(WithAnn), inspect.get_annotations(WithAnn, eval_str=True))
print(inspect.get_annotations(g))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print('TypeError:', e)

# predicates and constants
print(inspect.isasyncgen(iter([])), inspect.ismemberdescriptor(C.data), inspect.isgetsetdescriptor(C.p),
      inspect.ismethodwrapper((0).__add__), inspect.ismethodwrapper(len))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED,
      inspect.CORO_CREATED, inspect.CORO_CLOSED, inspect.TPFLAGS_IS_ABSTRACT)
print(inspect.getargs(g.__code__), inspect.formatannotationrelativeto(C)(C), inspect.formatannotationrelativeto(C)(int))
