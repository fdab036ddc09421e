# Signature subclasses as sigtools, defopt and clize write them: they extend
# CPython's __slots__, and from_callable / replace keep the subclass.
import inspect


class DocSignature(inspect.Signature):
    __slots__ = (*inspect.Signature.__slots__, '_doc')

    def __init__(self, *args, doc='', **kwargs):
        super().__init__(*args, **kwargs)
        self._doc = doc


class MyParam(inspect.Parameter):
    __slots__ = inspect.Parameter.__slots__ + ('extra',)


print(inspect.Signature.__slots__, inspect.Parameter.__slots__, inspect.BoundArguments.__slots__)


def f(a, b: int = 2, *args, c, **kw) -> str:
    return ''


s = DocSignature.from_callable(f)
print(type(s).__name__, s, s._doc)
r = s.replace(return_annotation=inspect.Signature.empty)
print(type(r).__name__, r)
print(type(inspect.Signature.from_callable(f)).__name__)
p = MyParam('x', inspect.Parameter.KEYWORD_ONLY, default=1)
q = p.replace(default=5)
print(type(q).__name__, q, q.kind)
print(type(inspect._signature_from_callable(f, sigcls=DocSignature)).__name__)
