# io.StringIO's newline= (patch 0376): None translates '\r\n' and '\r' to
# '\n' as they are written, '' keeps them and ends lines at any of them,
# '\r' and '\r\n' replace each '\n' written and end lines there; None and ''
# record the ends written in `newlines`.
import csv
import io

text = 'a\rb\r\nc\nd'
for newline in ('\n', None, '', '\r', '\r\n'):
    s = io.StringIO(text, newline)
    print(repr(newline), repr(s.getvalue()), list(s), repr(s.newlines))
    s.seek(0)
    print('  readlines:', s.readlines())

s = io.StringIO(newline=None)
s.write('a\r')
s.write('\nb')
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline='\r')
print(s.write('a\nb'), repr(s.getvalue()))
s = io.StringIO('x\ny\n', newline='\r\n')
print(repr(s.getvalue()), s.readlines(), s.tell())
s = io.StringIO('h\u00e9llo\rw\u00f6rld\r', newline='')
print(s.readline(), s.readline(2), s.readline(), repr(s.readline()))
print(repr(io.StringIO('abc\r', newline='').readline()), io.StringIO('\r\n\r\n', newline='').readlines())
print(io.StringIO(initial_value='kw', newline=None).read(), io.BytesIO(initial_bytes=b'bytes').read())
print(io.StringIO().newlines, io.StringIO('a\r\n').newlines)


class Buffer(io.StringIO):
    pass


print(list(Buffer('p\rq', newline='')), list(Buffer('p\nq')))

# csv writes '\r\n' itself and reads any end when the buffer keeps them
buf = io.StringIO(newline='')
csv.writer(buf).writerows([['a', 'b\nc'], ['d', 'e\r\nf']])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=''))))

for args, kwargs in ((('',), {'newline': 'x'}), (('',), {'newline': 5}), (('a', None, 3), {}), ((), {'bogus': 1})):
    try:
        io.StringIO(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    io.BytesIO(b'', 1)
except TypeError as e:
    print('TypeError', e)
