# typing_extensions vendored on sys.path: the library's stand-in is what
# import finds here (patch 0284), and it answers as the package does on
# CPython 3.11: its own special forms, TypeVar defaults, deprecated,
# TypedDict's read-only keys, protocols' members, TypeAliasType, Buffer.
import os
import sys
sys.path.insert(0, os.environ['PYWASM_VENDORED'])
import warnings
import typing
import typing_extensions as te
print(te.NoDefault, te.NoExtraItems, te.TypeIs, te.ReadOnly, te.TypeForm, te.Unpack, te.Unpack[int], te.TypeIs[int], te.CapsuleType, te.Format.VALUE, repr(te.Format.STRING))
P = te.ParamSpec('P'); print(P, P.args, P.kwargs, type(P.args).__name__, P.args.__origin__ is P)
T = te.TypeVar('T', default=int); print(T, T.__default__, T.has_default(), te.TypeVar('U').__default__, T.__module__)
print(te.Doc('x'), te.sentinel('MISSING'), repr(te.sentinel('M', repr='<M>')), te.Doc('a') == te.Doc('a'))
A = te.TypeAliasType('A', list[int]); print(A, A.__value__, A.__name__, A.__module__, A.__type_params__, A.__parameters__)
B = te.TypeAliasType('B', list[T], type_params=(T,)); print(B[int], B.__parameters__, type(B[int]).__name__)
print(te.Buffer, te.Reader, isinstance(b'', te.Buffer), isinstance(memoryview(b''), te.Buffer), isinstance('', te.Buffer), isinstance(bytearray(), te.Buffer))
import io
print(isinstance(io.StringIO(), te.Reader), isinstance(io.StringIO(), te.Writer), isinstance(3, te.Reader))
print(te.type_repr(int), te.type_repr(te.Doc), te.type_repr(...), te.type_repr(list[int]), te.type_repr(len), te.type_repr(None), te.type_repr('x'))
@te.deprecated('use g')
def f(x): return x+1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always'); print(f(1), f.__deprecated__, f.__name__, [str(x.message) for x in w], [x.category.__name__ for x in w])
@te.deprecated('old class')
class C:
    def __init__(self, a): self.a=a
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always'); print(C(3).a, C.__deprecated__, [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    class D(C): pass
    print(D(4).a, [str(x.message) for x in w])
@te.deprecated('plain', category=None)
def g(): return 5
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always'); print(g(), g.__deprecated__, len(w))
@te.deprecated('no init')
class E: pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always'); print(type(E()).__name__, len(w))
    try: E(1)
    except TypeError as e: print('TypeError', e)
try: te.deprecated(3)
except TypeError as e: print(e)
print(te.get_original_bases(C))
class G(typing.Generic[T]): pass
print(te.get_original_bases(G))
try: te.get_original_bases(3)
except TypeError as e: print(e)
class Pr(te.Protocol):
    def meth(self): ...
    x: int
class Pr2(Pr, te.Protocol):
    y: str
class Impl(Pr): pass
print(te.is_protocol(Pr), te.is_protocol(Pr2), te.is_protocol(G), te.is_protocol(Impl), te.is_protocol(te.Protocol), sorted(te.get_protocol_members(Pr)), sorted(te.get_protocol_members(Pr2)))
try: te.get_protocol_members(G)
except TypeError as e: print(e)
@te.runtime_checkable
class HasM(te.Protocol):
    def meth(self): ...
class Yes:
    def meth(self): pass
print(isinstance(Yes(), HasM), isinstance(1, HasM))
try: te.runtime_checkable(G)
except TypeError as e: print(e)
class TD(te.TypedDict, total=False):
    a: int
    b: te.Required[str]
    c: te.ReadOnly[int]
    d: te.Required[te.ReadOnly[int]]
class TD2(TD):
    e: int
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), sorted(TD.__readonly_keys__), sorted(TD.__mutable_keys__), te.is_typeddict(TD), te.is_typeddict(dict), te.is_typeddict(te.TypedDict))
print(sorted(TD2.__required_keys__), sorted(TD2.__readonly_keys__), TD2(a=1, e=2))
print(te.get_args(te.Annotated[int, te.Doc('d')]), te.get_origin(te.TypeIs[int]) is te.TypeIs, te.get_args(te.ReadOnly[int]))
print(te.override(lambda: 0).__override__)
print(te.IntVar('N'), te.TypeVar('T').has_default(), te.disjoint_base(C).__disjoint_base__)
@te.overload
def h(x: int) -> int: ...
@te.overload
def h(x: str) -> str: ...
def h(x): return x
print(len(te.get_overloads(h)))
@te.dataclass_transform(kw_only_default=True)
def model(cls): return cls
print(model.__dataclass_transform__)
class WithAnn:
    a: int
    b: 'Undefined'
print(te.get_annotations(WithAnn, format=te.Format.STRING))
print(te.get_annotations(WithAnn, format=te.Format.FORWARDREF))
try: te.get_annotations(WithAnn)
except NameError as e: print('NameError')
def fa(x: int, y: 'str') -> None: pass
print(te.get_annotations(fa))
print(te.evaluate_forward_ref(typing.ForwardRef('int')), te.evaluate_forward_ref(typing.ForwardRef('List[int]'), globals={'List': typing.List}))
print(typing.ForwardRef('X'), typing.ForwardRef('X') == typing.ForwardRef('X'))
print(te.Literal['a'], te.Self, te.Never, te.LiteralString, te.TypeAlias, te.Required[int], te.NotRequired[int])
print(te.get_type_hints(fa))
print(te.TypedDict is not None)
print(sorted(set(te.__all__)) == sorted(set(te.__all__)), len(te.__all__) > 100)
print(te.Unpack[te.TypeVarTuple('Ts')])
print(te.TypeVarTuple('Ts'), te.ParamSpec('Q', default=[int]).__default__)
