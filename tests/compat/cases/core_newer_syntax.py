# Syntax of Python 3.8-3.10 that MicroPython's parser lacked: decorators
# that are any expression (PEP 614), `return *a, b` and `yield *a, b`, and
# parenthesised context managers (patches 0067, 0068; port/syntax.c). Line
# numbers must stay where the source has them.
import contextlib

buttons = [type('Button', (), {'clicked': staticmethod(lambda f: (lambda: 'clicked ' + f()))})()]


@buttons[0].clicked
def ok():
    return 'ok'


@(lambda f: f)
def plain():
    return 'plain'


registry = {}


@(register := (lambda f: registry.setdefault(f.__name__, f)))
def first():
    return 'first'


@register
def second():
    return 'second'


@contextlib.contextmanager
def scoped(name, log):
    log.append('enter ' + name)
    try:
        yield name.upper()
    finally:
        log.append('exit ' + name)


print(ok(), plain(), sorted(registry), registry['second']())


def unpack(a, b):
    return *a, b


def pairs(a):
    yield *a, 0
    yield 1, *a


print(unpack([1, 2], 3), unpack((), 'x'), list(pairs([5, 6])))

log = []
with (scoped('a', log) as a, scoped('b', log) as b):
    print(a, b)
with (
    scoped('c', log) as c,  # a comment
    scoped(
        'd',  # inside a call
        log,
    ) as d,
):
    print(c, d)
with (scoped('e', log), scoped('f', log)):
    pass
with (scoped('g', log)) as g:
    print(g)
with(scoped('h', log) as h): print(h)
with (open(__file__) as f1,
      open(__file__) as f2):
    print(f1.readline() == f2.readline())


async def use():
    async with (contextlib.AsyncExitStack() as s1, contextlib.AsyncExitStack() as s2):
        return 'async with'

try:
    import asyncio
    print(asyncio.run(use()))
except ImportError:
    print('async with')
print(log)


def where():
    raise ValueError('here')


try:
    where()
except ValueError:
    import re
    import traceback
    print('raised at lines', re.findall(r'line (\d+)', traceback.format_exc()))

# String prefixes in any case and order (patch 0076); names that start with
# the same letters stay names
print(Rb'\d', bR'x', BR'y', F'{1 + 1}', Rf'\n{2}', fR'{3}\t', U'u', RB'z')
rb, Rb, f, F, fr = 1, 2, 3, 4, 5
print(rb, Rb, f, F, fr, [rb for rb in (6,)], f'{f}')
