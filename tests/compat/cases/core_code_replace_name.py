# code.replace(co_name=...) (jinja2 names its templates' error frames so):
# a copy that answers the new name and still runs; exec takes the copy of
# compile()'s code. Explicit str.__add__ / int.__add__ / list.__add__ with
# an operand of a subclass do the base operation, as CPython's slots do,
# instead of asking the subclass's __radd__ (markupsafe's Markup).
code = compile('\n\nraise ValueError("from line 3")', 'template.html', 'exec')
renamed = code.replace(co_name='top-level template code')
print(code.co_name, renamed.co_name, renamed.co_qualname, renamed.co_filename)
try:
    exec(renamed, {})
except ValueError as e:
    print('ValueError', e, e.__traceback__.tb_next.tb_lineno)


def f(x):
    return x + 1


print(f.__code__.replace(co_name='g').co_name, f.__code__.co_name)
for bad in ({'nonsense': 1},):
    try:
        code.replace(**bad)
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__)


class S(str):
    def __radd__(self, other):
        return 'RADD'


class I(int):
    def __radd__(self, other):
        return 'RADD'


class L(list):
    def __radd__(self, other):
        return 'RADD'


print(repr(str.__add__('a', S('b'))), repr('a'.__add__(S('b'))), int.__add__(1, I(2)), list.__add__([1], L([2])))
print(repr('a' + S('b')), 1 + I(2), [1] + L([2]))


class E(int):
    def __eq__(self, other):
        return 'EQ'
    __hash__ = int.__hash__


print(int.__eq__(1, E(2)), 1 == E(2))


class Markup(str):
    def __add__(self, other):
        return Markup(super().__add__(other))

    def __radd__(self, other):
        return Markup(other).__add__(self)


print(repr(Markup('a') + Markup('b')), repr('x' + Markup('y')), type('x' + Markup('y')).__name__)
