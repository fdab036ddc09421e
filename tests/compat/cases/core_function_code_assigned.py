# f.__code__ = g.__code__ (patch 0321): the function runs the new code with
# its own globals and defaults, as networkx's argmap does when it compiles a
# wrapper on the first call and moves the code into itself (defaults set on
# the function beforehand, keyword-only ones too, cover parameters the new
# code gives none). A code object needing other free variables is refused.
def wrapper(*args, __wrapper=None, **kwargs):
    return 'first call'


def target(a, b=2, *, c):
    return 'compiled', a, b, c


wrapper.__defaults__ = (20,)
wrapper.__kwdefaults__['c'] = 30
print(wrapper(1), wrapper.__defaults__, sorted(wrapper.__kwdefaults__))
source = 'def compiled(a, b, *, c):\n    return ("compiled", a, b, c, GLOBAL)\n'
namespace = {'GLOBAL': 'theirs'}
exec(source, namespace)
GLOBAL = 'ours'
wrapper.__code__ = namespace['compiled'].__code__
print(wrapper(1), wrapper(1, 5), wrapper(1, c=7), wrapper.__code__.co_varnames)
try:
    wrapper()
except TypeError as e:
    print('TypeError', e)


def plain(x):
    return x * 2


def other(y):
    return y + 100


plain.__code__ = other.__code__
print(plain(1), plain.__code__ == other.__code__)


def outer():
    z = 5

    def inner():
        return z
    return inner


try:
    plain.__code__ = outer().__code__
except ValueError as e:
    print('ValueError', e)
try:
    plain.__code__ = 'code'
except TypeError as e:
    print('TypeError', e)


def gen_code():
    yield 1
    yield 2


def becomes_generator():
    return 0


becomes_generator.__code__ = gen_code.__code__
print(list(becomes_generator()))
