# typing.IO / TextIO / BinaryIO are real generic classes, as in CPython:
# subclassable (bare and subscripted), printed like CPython's, with abstract
# do-nothing methods and nominal isinstance().
import io
import sys
import typing
from typing import IO, BinaryIO, TextIO

print(repr(IO), repr(IO[str]), repr(IO[bytes]), repr(TextIO), repr(BinaryIO))
print(IO.__parameters__, TextIO.__parameters__, TextIO.__orig_bases__, BinaryIO.__orig_bases__)
print(typing.get_origin(IO[str]) is IO, typing.get_args(IO[bytes]))
print(sorted(k for k in vars(IO) if not k.startswith('__')))
print(sorted(k for k in vars(TextIO) if not k.startswith('__')), sorted(k for k in vars(BinaryIO) if not k.startswith('__')))
print(IO.read.__isabstractmethod__, TextIO.write is IO.write)


class NullFile(IO[str]):
    def write(self, s):
        return len(s)


class Text(TextIO):
    pass


class Raw(typing.BinaryIO):
    pass


n = NullFile()
print([c.__name__ for c in NullFile.__mro__], [c.__name__ for c in Text.__mro__], [c.__name__ for c in Raw.__mro__])
print(n.write('abc'), n.read(), n.closed, n.close(), Text().encoding)
print(isinstance(n, IO), isinstance(Text(), TextIO), isinstance(Raw(), TextIO), issubclass(Raw, IO))
print(isinstance(io.StringIO(), IO), isinstance(sys.stdout, TextIO))
print(typing.Optional[IO[str]], typing.Union[TextIO, BinaryIO])


def f(x: IO[bytes], y: 'TextIO') -> BinaryIO:
    pass


print(typing.get_type_hints(f))
