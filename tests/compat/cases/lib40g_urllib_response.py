# urllib.response: the wrappers html5lib and six.moves.urllib name
import io
import urllib.response
from urllib.response import addbase, addclosehook, addinfo, addinfourl

print(sorted(urllib.response.__all__))
raw = io.BytesIO(b'line1\nline2\nline3\n')
w = addinfourl(raw, {'Content-Type': 'text/plain'}, 'file:///x', 200)
print(isinstance(w, addbase), isinstance(w, addinfo), isinstance(raw, addbase))
print(w.readline(), w.read(3), list(w))
print(w.info(), w.geturl(), w.getcode(), w.status, w.url, w.code, w.headers)
print(w.fp is raw, w.closed)
w.close()
print(w.closed, raw.closed)
w.close()  # twice is fine

calls = []
with addclosehook(io.BytesIO(b'ab'), calls.append, 'closed-1') as h:
    print(h.read())
print(calls)
h.close()
print(calls)
try:
    with h:
        pass
except ValueError as e:
    print('ValueError', e)

b = addbase(io.StringIO('x\ny\n'))
print([line for line in b], b.closed)
try:
    b.no_such_attr
except AttributeError:
    print('AttributeError')
print(addinfourl(io.BytesIO(), {}, 'u').getcode())
print(repr(addbase(io.BytesIO())).startswith('<addbase at '), 'whose fp = <' in repr(addbase(io.BytesIO())))
