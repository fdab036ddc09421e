# io.BufferedRandom (one seekable stream read and written through a
# buffer) and io.BufferedRWPair (a reader and a writer joined);
# python-multipart imports BufferedRandom.
import io

raw = io.BytesIO(b'0123456789')
b = io.BufferedRandom(raw, buffer_size=4)
print(b.read(2), b.tell(), b.peek()[:2])
print(b.write(b'AB'), b.tell())
b.seek(0)
print(b.read(), b.tell())
b.seek(3)
b.write(b'x')
b.flush()
print(raw.getvalue(), b.tell(), b.readable(), b.writable(), b.seekable())
print(b.readline(), b.read(1))
print(isinstance(b, io.BufferedIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase))

r, w = io.BytesIO(b'line1\nline2\n'), io.BytesIO()
pair = io.BufferedRWPair(r, w)
print(pair.readline(), pair.read(3), pair.write(b'out'), pair.readable(), pair.writable())
pair.flush()
print(w.getvalue(), issubclass(io.BufferedRWPair, io.BufferedIOBase))
