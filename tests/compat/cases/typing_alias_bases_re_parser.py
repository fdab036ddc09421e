# What lark needs: classes over typing's aliases (class S(AbstractSet[T]),
# class R(Dict[str, int])) subscript and instantiate as CPython's (typing.py
# __mro_entries__), AnyStr is a TypeVar, type(f).__get__ binds (patch 0276),
# inspect.getmro, and re._parser/sre_parse's getwidth().
import inspect
import re._constants
import re._parser
import warnings
from typing import AbstractSet, AnyStr, Dict, Generic, List, TypeVar

T = TypeVar('T')


class OrderedSet(AbstractSet[T]):
    def __init__(self, items=()):
        self.d = dict.fromkeys(items)

    def __contains__(self, x):
        return x in self.d

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


s = OrderedSet[int]([3, 1, 3])
print(type(s).__name__, list(s), 3 in s, len(s), OrderedSet.__parameters__, s <= OrderedSet([1, 3, 4]))


class MyList(List[T]):
    pass


class Registry(Dict[str, int]):
    pass


print(MyList[int]([1, 2]), MyList.__mro__[1:], Registry(a=1), Registry.__orig_bases__)
print(repr(AnyStr), AnyStr.__constraints__)


class TextSlice(Generic[AnyStr]):
    def __init__(self, text):
        self.text = text


print(TextSlice[str]('abc').text, TextSlice.__parameters__)


def f(self, x):
    return (self, x)


def outer():
    y = 'cell'

    def g(self):
        return (self, y)
    return g


g = outer()
print(type(f).__get__(f, 1, int)(5), type(g).__get__(g, 2)(), inspect.getmro(bool))

for p in ['a*', 'abc', 'a|bc', 'a{2,5}', '(?=x)a', 'x?', '[ab]+c', '', r'\d{3}-\d{4}', '(?:ab){2}', '(?i)k+']:
    print(repr(p), re._parser.parse(p).getwidth())
print(int(re._constants.MAXREPEAT), re._parser.MAXWIDTH, re._constants.MAXGROUPS)
try:
    re._parser.parse('a(')
except re._constants.error as e:
    print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import sre_parse
    import sre_constants
print([str(w.message) for w in caught], sre_parse.parse('ab+').getwidth(), sre_constants.error is re.error)
