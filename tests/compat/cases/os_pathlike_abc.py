# os.PathLike as CPython has it: any class with __fspath__ is one, str
# and bytes are not, and os.PathLike[str] is a generic alias.
import os, pathlib, typing
class P:
    def __fspath__(self): return "/x"
class Q(P): pass
class N: pass
print(isinstance(P(), os.PathLike), isinstance(Q(), os.PathLike), isinstance(N(), os.PathLike), isinstance("s", os.PathLike), isinstance(b"b", os.PathLike))
print(isinstance(pathlib.Path("."), os.PathLike), issubclass(pathlib.PurePath, os.PathLike), issubclass(P, os.PathLike), issubclass(int, os.PathLike))
print(os.PathLike[str], typing.get_args(os.PathLike[bytes]), str | os.PathLike[str])
def f(p: "str | os.PathLike[str]") -> None: pass
print(os.fspath(P()), os.fspath(pathlib.PurePosixPath("a/b")))
