# Format fields chain attributes and indexes (patch 0047); text files read
# '\r\n' as '\n' with universal newlines (patch 0048).
import os
import tempfile
from collections import namedtuple

Point = namedtuple('Point', 'x y')
user = {'name': 'ada', 'langs': ['py', 'c'], 'tags': {'1': 'str key', 1: 'int key'}}
print('{0.x},{0.y} {1[name]} {1[langs][1]} {p.x:>4}'.format(Point(1, 2), user, p=Point(3, 4)))
print('{u[tags][1]} / {c.real} / {0[0]}'.format('xyz', u=user, c=3 + 4j))
print('{d[a b]}|{0.__class__.__name__}'.format(1.5, d={'a b': 'space'}))
print('{0.x!r:>6}|{0[1]:03d}'.format(Point('q', 7)))
print('%(name)s' % user, '{name}'.format_map(user))
for bad in ['{0.}', '{0[]}', '{0.nope}', '{0[5]}']:
    try:
        print(bad.format([1]))
    except Exception as e:
        print(bad, type(e).__name__, e)

d = tempfile.mkdtemp()
path = os.path.join(d, 'crlf.txt')
with open(path, 'wb') as f:
    f.write(b'one\r\ntwo\r\n\r\nthree\nfour\r\n\r\nfive\r\n')
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print([line for line in f])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-8') as f:
    print(f.read().split('\n'))
os.remove(path)
os.rmdir(d)
