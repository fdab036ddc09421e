# inspect: replace() can clear a default or a return annotation (Parameter.empty /
# Signature.empty mean "none", not "keep"); getfullargspec lists 'return' first.
import inspect

def f(a, b: int = 2, *args, c, d="x", **kw) -> str:
    return "r"

P = inspect.Parameter
p = P("x", P.KEYWORD_ONLY, default=3, annotation=int)
print(p.replace(default=P.empty), p.replace(annotation=P.empty), p.replace(name="y"))
print(p.replace(default=P.empty).default is P.empty)
sig = inspect.signature(f)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig.replace(parameters=[P("z", P.POSITIONAL_OR_KEYWORD)]))
print(sig.replace())
spec = inspect.getfullargspec(f)
print(list(spec.annotations), spec.annotations)
print(inspect.getfullargspec(lambda x, *, y=1: 0))
