# contextvars: ContextVar get/set/reset with defaults and LookupError, Token
# attributes and the reset error cases with CPython's messages, Context.run
# isolation, copy_context and the mapping protocol.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def noaddr(x):
    # reprs and messages carry addresses: cut them out
    out = []
    for part in str(x).split(' at 0x'):
        out.append(part if not out else part[part.find('>'):])
    return ' at ADDR'.join(out)


request_id = ContextVar('request_id')
level = ContextVar('level', default=0)
print(request_id.name, level.name, noaddr(repr(request_id)), noaddr(repr(level)))
print(noaddr(repr(ContextVar('s', default='x'))), noaddr(repr(ContextVar('n', default=None))))
try:
    request_id.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is request_id, noaddr(repr(e)))
print(request_id.get('fallback'), request_id.get(None), level.get(), level.get(7))
t1 = request_id.set('r1')
print(noaddr(repr(t1)), t1.var is request_id, t1.old_value is Token.MISSING, repr(Token.MISSING))
t2 = request_id.set('r2')
print(request_id.get(), t2.old_value)
request_id.reset(t2)
print(request_id.get(), noaddr(repr(t2)))
try:
    request_id.reset(t2)
except RuntimeError as e:
    print(type(e).__name__, noaddr(e))
t3 = level.set(5)
try:
    request_id.reset(t3)
except ValueError as e:
    print(type(e).__name__, noaddr(e))
for bad in ('x', 1, None):
    try:
        request_id.reset(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    request_id.get(1, 2)
except TypeError as e:
    print(e)
try:
    ContextVar(1)
except TypeError as e:
    print(e)
try:
    ContextVar('a', 1)
except TypeError as e:
    print(type(e).__name__)
try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print(e)
try:
    Token()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Context(1)
except TypeError as e:
    print(e)
print(hash(level) == hash(level), level == level, level == ContextVar('level'))

ctx = copy_context()
print(type(ctx) is Context, len(ctx), request_id in ctx, ctx[request_id], ctx[level], ctx.get(ContextVar('q')), ctx.get(ContextVar('q'), 9))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(map(str, ctx.values())), sorted((k.name, v) for k, v in ctx.items()))
for op in (lambda: ctx['x'], lambda: 'x' in ctx, lambda: ctx.get('x')):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ctx[ContextVar('missing')]
except KeyError as e:
    print('KeyError', noaddr(repr(e)))
try:
    hash(ctx)
except TypeError as e:
    print(e)
print(ctx == ctx.copy(), ctx.copy() is ctx, ctx != Context(), ctx == {})


def handle(rid, depth):
    request_id.set(rid)
    level.set(depth)
    inner = copy_context()
    return request_id.get(), level.get(), inner[request_id], len(inner)


print(ctx.run(handle, 'r9', depth=3), request_id.get(), level.get(), ctx[request_id], ctx[level])
print(Context().run(handle, 'fresh', 1), request_id.get())
empty = Context()
print(len(empty), list(empty), empty.run(level.get), empty.run(request_id.get, 'dflt'))


def boom():
    request_id.set('inside')
    raise ValueError('boom')


c2 = copy_context()
try:
    c2.run(boom)
except ValueError as e:
    print(e, c2[request_id], request_id.get())
try:
    c2.run(lambda: c2.run(print, 'never'))
except RuntimeError as e:
    print(type(e).__name__, noaddr(e))
try:
    c2.run()
except TypeError as e:
    print(e)
try:
    c2.run(1)
except TypeError as e:
    print(e)
t4 = request_id.set('outer')
try:
    copy_context().run(request_id.reset, t4)
except ValueError as e:
    print(type(e).__name__, noaddr(e))
request_id.reset(t4)
print(request_id.get())
t5 = ContextVar('fresh').set(1)
print(t5.var.get(), t5.var.reset(t5), t5.var.get('gone'))
print(sorted(contextvars.__all__))
