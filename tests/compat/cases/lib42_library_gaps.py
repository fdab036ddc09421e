# Library gaps a hunt over PyPI packages found (wcmatch, pyparsing, pint,
# elementpath, openpyxl, jsonschema, typer, dnspython, python-json-logger):
# pathlib's flavours, copy with __getnewargs__, cached_property on a frozen
# dataclass, isinstance() with ABCMeta, the idna and zlib codecs,
# ElementTree's serialization helpers, Generic beside a typing alias,
# Fraction from a Decimal, logging's styles, getpass and os user ids.
import abc
import codecs
import copy
import dataclasses
import decimal
import fractions
import functools
import getpass
import io
import logging
import os
import pathlib
import pickle
import pyexpat
import typing
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict, deque

print(pathlib.PureWindowsPath(pathlib.PurePosixPath('/x/y')), pathlib.PurePosixPath._flavour.sep,
      pathlib.PureWindowsPath._flavour.sep)


class Word(str):
    def __new__(cls, text, weight):
        self = super().__new__(cls, text)
        self.weight = weight
        return self

    def __getnewargs__(self):
        return (str(self), self.weight)


w = copy.deepcopy(Word('ms', 3))
print(type(w).__name__, w, w.weight, copy.copy(Word('x', 1)).weight)


@dataclasses.dataclass(frozen=True)
class Settings:
    text: str

    @functools.cached_property
    def words(self):
        return self.text.split()


s = Settings('a b c')
print(s.words, s.words is s.words, 'words' in vars(s))
print(isinstance(1, abc.ABCMeta), isinstance(int, type('M', (abc.ABCMeta,), {})))
print(io.BlockingIOError is BlockingIOError, pyexpat.ParserCreate is not None, hasattr(pyexpat, 'XMLParserType'))
print(codecs.encode(b'pywasm ' * 4, 'zlib_codec')[:2], codecs.decode(codecs.encode(b'abc', 'zlib'), 'zlib'))
import encodings.idna
print(encodings.idna.ToASCII('bücher'), encodings.idna.ToUnicode(b'xn--bcher-kva'), encodings.idna.nameprep('Bücher'))
print(ET._escape_cdata('a<b&c'), ET._escape_attrib('"x"\n'), sorted(ET._namespace_map.items())[:2])
T = typing.TypeVar('T')


class Node(typing.Generic[T], typing.Hashable):
    def __hash__(self):
        return 1


print(typing.Generic in Node.__mro__, issubclass(Node, typing.Hashable), hash(Node()))
f = fractions.Fraction.from_decimal(decimal.Decimal('1.25'))
print(f, f._numerator, f._denominator, pickle.loads(pickle.dumps(f)) == f)
print(OrderedDict(a=1).__reduce__()[0].__name__, defaultdict(int).__reduce__()[1], deque([1], 3).__reduce__()[1])
print(sorted(logging._STYLES), logging._STYLES['{'][1])
print(hasattr(logging.LogRecord('n', 10, 'p', 1, 'm', None, None), 'taskName'))
os.environ['LOGNAME'] = 'ci-user'
print(getpass.getuser(), isinstance(os.getuid(), int), isinstance(os.getppid(), int))
