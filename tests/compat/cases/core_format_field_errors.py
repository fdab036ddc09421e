# str.format's errors for malformed fields (patch 0156) and closed files' texts (0157).
cases = ['{0', '{', '}', '{0!}', '{0:', '{0[}', '{0!r', '{0!x}', '{0!rr}', '{0:{}', '{0[', '{0[0}', '{0.}', '{!}', '{:', 'a{0}b}', 'a{{', '{0:{1}', '{0!r:', '{0!', '{0}}', '{}{', '{0:}}', '{0[1]x}', '{[}', '{a', 'x{']
for c in cases:
    try:
        print(repr(c), repr(c.format([1, 2], 3)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
import io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = io.StringIO(); s.close()
t(lambda: s.write('x'))
t(lambda: s.getvalue())
b = io.BytesIO(); b.close()
t(lambda: b.read())
t(lambda: b.write(b'x'))
fh = open(__file__); fh.close()
t(lambda: fh.read())
t(lambda: fh.readline())
t(lambda: fh.write('x'))
t(lambda: fh.tell())
with open(__file__) as f: pass
t(lambda: list(f))
