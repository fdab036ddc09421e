# typing.Protocol with @runtime_checkable: isinstance() and issubclass()
# check for the protocol's members, including builtins' special methods.
import io
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class ReadCloser(Closer, Protocol):
    def read(self, n: int = -1) -> bytes: ...


@runtime_checkable
class Named(Protocol):
    name = ''


class F:
    def close(self):
        pass


class G(F):
    name = 'g'

    def read(self, n=-1):
        return b''


print(isinstance(F(), Closer), isinstance(1, Closer), isinstance(G(), ReadCloser), isinstance(F(), ReadCloser))
print(issubclass(G, Closer), issubclass(int, Closer), isinstance(io.BytesIO(), ReadCloser))
print(isinstance(G(), Named), isinstance(F(), Named))


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Iter(Protocol):
    def __iter__(self): ...


print(isinstance([], HasLen), isinstance(3, HasLen), isinstance({}, HasLen), isinstance('ab', Iter), isinstance(2.5, Iter))


def close_all(things):
    closed = 0
    for t in things:
        if isinstance(t, Closer):
            t.close()
            closed += 1
    return closed


print(close_all([F(), G(), 1, 'x', io.StringIO()]))
