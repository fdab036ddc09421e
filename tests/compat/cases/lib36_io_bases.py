# The interpreter's own streams are instances of io's bases, as CPython's
# are (yamllint accepts "a string or a stream" by isinstance(x, io.IOBase)).
import io
import sys

with open(__file__, 'rb') as f:
    print(isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
with open(__file__) as f:
    print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.IOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.TextIOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(isinstance(sys.stdout, io.IOBase), isinstance(sys.stdout, io.TextIOBase))
print(isinstance('text', io.IOBase), isinstance(b'', io.IOBase), isinstance(None, io.IOBase))


class Mine(io.RawIOBase):
    def readable(self):
        return True


print(isinstance(Mine(), io.IOBase), isinstance(Mine(), io.RawIOBase), isinstance(Mine(), io.TextIOBase))
print(issubclass(io.StringIO, io.IOBase), issubclass(io.StringIO, io.TextIOBase))
