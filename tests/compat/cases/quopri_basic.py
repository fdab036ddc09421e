# quopri: encodestring/decodestring/encode/decode as CPython writes them
import io
import quopri

samples = [b'hello world', b'caf\xc3\xa9 = cost', b'a' * 80, b'a' * 74 + b'=', b'trailing  \nspace\t\n',
           b'.\n.x\n', b'tabs\tand spaces here', b'line\r\nline2\r\n', b'under_score', b'\x00\xff' * 30,
           b'x' * 75 + b' \n', b'']
for s in samples:
    e = quopri.encodestring(s)
    print(e)
    print(quopri.encodestring(s, quotetabs=True))
    print(quopri.encodestring(s, header=True))
    assert quopri.decodestring(e) == s
for e in [b'a=\nb', b'a=3db=3D', b'a=zz', b'a   \nb', b'a_b', b'a=', b'soft=\r\nbreak', b'=C3=A9t=C3=A9']:
    print(e, quopri.decodestring(e), quopri.decodestring(e, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'r\xe9sum\xe9 \n' * 3), out, False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
print(quopri.decodestring('plain=20text'))
