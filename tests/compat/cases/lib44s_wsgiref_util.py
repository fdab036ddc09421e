# wsgiref.util and wsgiref.headers: environ helpers, URI reconstruction,
# path shifting, FileWrapper, hop-by-hop names, the Headers class.
import io
from wsgiref import util
from wsgiref.headers import Headers


def env(**kw):
    e = {}
    e.update(kw)
    return e


e = {}
util.setup_testing_defaults(e)
print(sorted((k, v) for k, v in e.items() if k not in ('wsgi.input', 'wsgi.errors')))
print(type(e['wsgi.input']).__name__, type(e['wsgi.errors']).__name__)
e = {'HTTPS': 'on', 'SERVER_NAME': 'example.org', 'PATH_INFO': '/x'}
util.setup_testing_defaults(e)
print(sorted((k, v) for k, v in e.items() if k not in ('wsgi.input', 'wsgi.errors')))
e = {'wsgi.url_scheme': 'ftp'}
util.setup_testing_defaults(e)
print('SERVER_PORT' in e, e['HTTP_HOST'])

for https in [None, 'yes', 'on', '1', 'off', 'YES', '']:
    d = {} if https is None else {'HTTPS': https}
    print(repr(https), util.guess_scheme(d))

cases = [
    dict(HTTP_HOST='h.example', SCRIPT_NAME='/app', PATH_INFO='/a b/c', QUERY_STRING='x=1&y=2'),
    dict(SERVER_NAME='srv', SERVER_PORT='80', PATH_INFO='/p'),
    dict(SERVER_NAME='srv', SERVER_PORT='8080', SCRIPT_NAME='', PATH_INFO='/p;q=1,2'),
    dict(SERVER_NAME='srv', SERVER_PORT='443', PATH_INFO='/s', scheme='https'),
    dict(SERVER_NAME='srv', SERVER_PORT='80', PATH_INFO='/s', scheme='https'),
    dict(HTTP_HOST='h', SCRIPT_NAME='/sp ace', PATH_INFO='/caf\xe9?#'),
    dict(HTTP_HOST='h', SCRIPT_NAME='/s', QUERY_STRING=''),
    dict(HTTP_HOST='h', PATH_INFO=''),
]
for c in cases:
    c = dict(c)
    c['wsgi.url_scheme'] = c.pop('scheme', 'http')
    print(util.application_uri(c), util.request_uri(c), util.request_uri(c, include_query=False))

for script, path in [('', '/a/b/c'), ('/app', '/x'), ('/app', '/'), ('', ''), ('/a', '/b//c/./d/'),
                     ('/a', '/./x'), ('/a/', '/b'), ('', '/..'), ('/x/y', '/../z'), ('', '//')]:
    e = {'SCRIPT_NAME': script, 'PATH_INFO': path}
    steps = []
    for _ in range(4):
        name = util.shift_path_info(e)
        steps.append((name, e['SCRIPT_NAME'], e['PATH_INFO']))
        if name is None:
            break
    print(repr(script), repr(path), steps)
print(util.shift_path_info({}))

for name in ['Connection', 'keep-alive', 'Proxy-Authenticate', 'proxy-authorization', 'TE', 'Trailers',
             'Transfer-Encoding', 'upgrade', 'Content-Type', 'X-Keep-Alive']:
    print(name, util.is_hop_by_hop(name))

f = io.BytesIO(b'abcdefghij')
w = util.FileWrapper(f, 4)
print(iter(w) is w, list(w), w.close == f.close)
w.close()
print(f.closed)
class NoClose:
    def __init__(self):
        self.parts = [b'x', b'y', b'']
    def read(self, n):
        return self.parts.pop(0)
w = util.FileWrapper(NoClose())
print(w.blksize, hasattr(w, 'close'), [b for b in w])
print(util.__all__)

# Headers
h = Headers()
print(repr(h), len(h), str(h) == '\r\n', bytes(h))
h = Headers([('Content-Type', 'text/plain'), ('X-A', '1'), ('x-a', '2')])
print(h['content-type'], h['X-A'], h.get('x-a'), h.get('missing'), h.get('missing', 'dflt'), h['nope'])
print(h.get_all('X-A'), h.get_all('none'), 'x-a' in h, 'nope' in h)
print(h.keys(), h.values(), h.items())
h['X-A'] = 'replaced'
print(h.items())
del h['x-a']
del h['not-there']
print(h.items(), len(h))
print(h.setdefault('Content-Type', 'other'), h.setdefault('X-New', 'v'), h.items())
h.add_header('Content-Disposition', 'attachment', filename='bud.gif')
h.add_header('X-Flags', None, flag_one=None, quoted='a "b" \\c', empty='')
h.add_header('X-Plain', 'v', token='simple')
print(str(h))
print(bytes(h))
print(repr(h))
items = h.items()
items.append(('X', 'y'))
print(len(h))
lst = [('A', 'b')]
h2 = Headers(lst)
h2['C'] = 'd'
print(lst)
for bad in [('a', 'b'), [('A', 1)], [(b'A', 'b')]]:
    try:
        Headers(bad)
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
try:
    h['K'] = 5
except AssertionError as e:
    print('AssertionError', e)
try:
    h.get(b'k')
except (AssertionError, AttributeError, TypeError) as e:
    print(type(e).__name__)
