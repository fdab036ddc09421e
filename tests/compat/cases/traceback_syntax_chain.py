# traceback.format_exception_only for SyntaxError (file, text, caret and
# message as CPython lays them out), format_exception/format_exc with
# chain=False, and inspect: BoundArguments without an empty *args, and a
# partial's signature keeping the return annotation.
import traceback
def show(e):
    print(traceback.format_exception_only(e))
show(SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1\n')))
show(SyntaxError('bad', ('f.py', 3, 5, '    x = = 1\n', 3, 8)))
show(SyntaxError('bad', ('f.py', 3, 1, '\tif x:\n')))
show(SyntaxError('no text', ('f.py', 3, None, None)))
show(SyntaxError('no line', ('f.py', None, None, None)))
show(SyntaxError('just a message'))
show(SyntaxError())
show(IndentationError('unexpected indent', ('m.py', 10, 4, '   y = 2\n')))
try:
    compile('x = (1,\n', '<src>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.lineno is not None)
try:
    try:
        int('x')
    except ValueError:
        raise RuntimeError('during')
except RuntimeError as e:
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)).replace(__file__, 'FILE'))
    print(type(e.__context__).__name__)
    print(traceback.format_exc(chain=False).replace(__file__, 'FILE'))
import functools, inspect
def f(a, b: int = 2, *args, c, d="x", **kwargs) -> str:
    pass
sig = inspect.signature(f)
print(sig.bind(1, c=3), sig.bind(1, 2, c=3).arguments, sig.bind(1, 2, 3, 4, c=5).arguments, sig.bind_partial(c=1))
print(inspect.signature(functools.partial(f, 1)), inspect.signature(functools.partial(f, 1, 2, c=0)))
def g(x, *rest):
    pass
print(inspect.signature(g).bind(1), inspect.signature(g).bind(1, 2).args, inspect.signature(g).bind(1).args)
