# truncate() on files, StringIO and BytesIO (patch 0325): the in-place
# rewrite seek(0); truncate(); write(), a size argument, the position kept,
# characters counted in a StringIO, a file extended with zeros.
import io
import json
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'version.json')
    with open(path, 'w') as f:
        json.dump({'version': '1.0.0-long-prerelease', 'build': 41}, f)
    with open(path, 'r+') as f:
        data = json.load(f)
        data['version'] = '1.0.1'
        f.seek(0)
        print(f.truncate(), f.tell())
        json.dump(data, f, sort_keys=True)
    with open(path) as f:
        print(f.read())
    with open(path, 'rb+') as f:
        print(f.truncate(5), f.tell())
        f.seek(0, 2)
        print(f.tell())
        print(f.truncate(8), os.path.getsize(path))
    with open(path, 'rb') as f:
        print(f.read())
s = io.StringIO('héllo wörld')
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.truncate(10), repr(s.getvalue()))
b = io.BytesIO(b'abcdef')
b.seek(4)
print(b.truncate(), b.getvalue(), b.truncate(2), b.getvalue(), b.tell())
b.write(b'Z')
print(b.getvalue())
try:
    io.StringIO('x').truncate(-1)
except ValueError as e:
    print('ValueError', e)
# a buffer of its own, cut and then written past its old length: the write
# must land in memory the buffer owns (a copy the size of what was kept
# was written past its end)
s = io.StringIO()
s.write('x' * 30)
s.seek(0)
s.truncate()
s.write('line one: a warning from somewhere\n' + 'q' * 10)
s.write('z' * 100)
print(repr(s.getvalue()))
b = io.BytesIO()
b.write(b'x' * 30)
b.seek(0)
b.truncate()
b.write(b'y' * 50)
b.write(b'z' * 100)
print(b.getvalue() == b'y' * 50 + b'z' * 100)
