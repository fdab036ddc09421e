"""Names for annotating WSGI code (PEP 3333 shapes). Only type checkers use
them; at run time they are plain Protocol classes and aliases."""

from typing import Any, Callable, Iterable, Iterator, Protocol

__all__ = [
    "StartResponse", "WSGIEnvironment", "WSGIApplication",
    "InputStream", "ErrorStream", "FileWrapper",
]

# The aliases are left unparameterised: nothing inspects them at run time.
WSGIEnvironment = dict
WSGIApplication = Callable


class StartResponse(Protocol):
    # the start_response callable a server hands to the application
    def __call__(self, status, headers, exc_info=None): ...


class InputStream(Protocol):
    # environ['wsgi.input']
    def read(self, size=-1): ...
    def readline(self, size=-1): ...
    def readlines(self, hint=-1): ...
    def __iter__(self): ...


class ErrorStream(Protocol):
    # environ['wsgi.errors']
    def flush(self): ...
    def write(self, s): ...
    def writelines(self, seq): ...


class _Readable(Protocol):
    def read(self, size=-1): ...


class FileWrapper(Protocol):
    # environ['wsgi.file_wrapper']: (file, block_size) -> iterable of bytes
    def __call__(self, file, block_size=...): ...
