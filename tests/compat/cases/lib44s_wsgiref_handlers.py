# wsgiref.handlers: WSGI applications run through SimpleHandler,
# BaseCGIHandler and CGIHandler with in-memory streams; the output bytes
# must be CPython's. Also simple_server's demo_app and environ building.
import io
import os
import sys
from wsgiref.handlers import (SimpleHandler, BaseCGIHandler, CGIHandler, BaseHandler, read_environ,
                              format_date_time)
from wsgiref.util import FileWrapper, setup_testing_defaults
from wsgiref import simple_server


def base_env(**kw):
    e = {'SERVER_PROTOCOL': 'HTTP/1.0', 'SERVER_NAME': 'localhost', 'SERVER_PORT': '80',
         'REQUEST_METHOD': 'GET', 'SCRIPT_NAME': '', 'PATH_INFO': '/hello', 'QUERY_STRING': 'a=1'}
    e.update(kw)
    return e


DATE = ('Date', 'Mon, 01 Jan 2024 00:00:00 GMT')


def hello(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    return [b'Hello ', environ['PATH_INFO'].encode(), b'\n']


def one_block(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    return [b'just one block']


def empty(environ, start_response):
    start_response('204 No Content', [DATE])
    return []


def writer(environ, start_response):
    write = start_response('201 Created', [('Content-Type', 'text/plain'), DATE, ('X-Multi', 'a'), ('X-Multi', 'b')])
    write(b'written ')
    return iter([b'then ', b'iterated'])


def echo_post(environ, start_response):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    body = environ['wsgi.input'].read(length)
    environ['wsgi.errors'].write('got %d bytes\n' % len(body))
    start_response('200 OK', [('Content-Type', 'application/octet-stream'), DATE,
                              ('Content-Length', str(len(body)))])
    return [body[::-1]]


def failing(environ, start_response):
    raise ValueError('app failed')


def failing_late(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    yield b'partial'
    raise RuntimeError('late failure')


def wrapped_file(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    return environ['wsgi.file_wrapper'](io.BytesIO(b'file contents here'), 5)


def env_dump(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    keys = sorted(k for k in environ if k.startswith('wsgi.') or k in base_env() or k in ('HTTPS', 'SERVER_SOFTWARE'))
    out = []
    for k in keys:
        v = environ[k]
        if k in ('wsgi.input', 'wsgi.errors'):
            v = type(v).__name__
        elif k == 'wsgi.file_wrapper':
            v = v.__name__
        out.append('%s=%r\n' % (k, v))
    return [''.join(out).encode()]


class Closing:
    def __init__(self):
        self.log = []

    def __call__(self, environ, start_response):
        start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
        app = self

        class Body:
            def __iter__(self):
                return iter([b'a', b'b'])

            def close(self):
                app.log.append('closed')
        return Body()


def run(handler_class, app, env=None, body=b'', **kw):
    out = io.BytesIO()
    err = io.StringIO()
    h = handler_class(io.BytesIO(body), out, err, env or base_env(), **kw)
    h.run(app)
    return h, out.getvalue(), err.getvalue()


for app in [hello, one_block, empty, writer, wrapped_file, env_dump]:
    for cls in (SimpleHandler, BaseCGIHandler):
        h, out, err = run(cls, app)
        print(cls.__name__, app.__name__)
        print(out)
        print(repr(err), h.status, h.headers, h.result, h.environ, h.bytes_sent, h.headers_sent)

h, out, err = run(SimpleHandler, echo_post, base_env(REQUEST_METHOD='POST', CONTENT_LENGTH='5'), b'hello extra')
print(out, repr(err))
h, out, err = run(SimpleHandler, hello, base_env(SERVER_PROTOCOL='HTTP/0.9'))
print('0.9:', out)
h, out, err = run(SimpleHandler, hello, base_env(HTTPS='on'))
print(out)

# errors before and after the headers went out
h, out, err = run(SimpleHandler, failing)
print(out.replace(out[out.find(b'Date:'):out.find(b'\r\n', out.find(b'Date:')) + 2], b'Date: <now>\r\n'))
print('ValueError: app failed' in err, err.startswith('Traceback'))
h, out, err = run(SimpleHandler, failing_late)
print(out)
print('RuntimeError: late failure' in err)
h, out, err = run(BaseCGIHandler, failing)
print(out)

c = Closing()
h, out, err = run(SimpleHandler, c)
print(out, c.log)

# start_response misuse
def twice(environ, start_response):
    start_response('200 OK', [DATE])
    start_response('200 OK', [DATE])
    return []


def bad_status(environ, start_response):
    start_response('20 OK', [DATE])
    return []


def hop(environ, start_response):
    start_response('200 OK', [('Connection', 'close')])
    return []


def str_body(environ, start_response):
    start_response('200 OK', [DATE])
    return ['text']


def nonstr_header(environ, start_response):
    start_response('200 OK', [('X', 1)])
    return []


class Strict(SimpleHandler):
    error_status = '599 Custom'
    error_headers = [('Content-Type', 'text/x-custom'), DATE]
    error_body = b'custom error body'

    def log_exception(self, exc_info):
        self.stderr.write('logged %s: %s\n' % (exc_info[0].__name__, exc_info[1]))


for app in [twice, bad_status, hop, str_body, nonstr_header, failing]:
    h, out, err = run(Strict, app)
    print(app.__name__, out, repr(err))

# server_software, http_version and origin_server switches
class Server(SimpleHandler):
    server_software = 'TestServer/1.0'
    http_version = '1.1'


h, out, err = run(Server, env_dump)
print(out)

# write() rules
h = SimpleHandler(io.BytesIO(), io.BytesIO(), io.StringIO(), base_env())
h.setup_environ()
try:
    h.write(b'x')
except AssertionError as e:
    print('AssertionError', e)
try:
    h.write('x')
except AssertionError as e:
    print('AssertionError', e)


# partial writes warn and continue
class Trickle(io.BytesIO):
    def write(self, data):
        return super().write(data[:3])


import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t = Trickle()
    h = SimpleHandler(io.BytesIO(), t, io.StringIO(), base_env())
    h.run(one_block)
print(t.getvalue(), [(w.category.__name__, str(w.message)) for w in caught])

print(format_date_time(0), format_date_time(1700000000.5), format_date_time(951782400))
print(BaseHandler.wsgi_version, BaseHandler.http_version, BaseHandler.error_status, BaseHandler.error_headers,
      BaseHandler.error_body, BaseCGIHandler.origin_server, CGIHandler.wsgi_run_once, CGIHandler.os_environ)
for name in ['_write', '_flush', 'get_stdin', 'get_stderr', 'add_cgi_vars']:
    try:
        getattr(BaseHandler(), name)(*([b''] if name == '_write' else []))
    except NotImplementedError:
        print(name, 'NotImplementedError')

# read_environ and CGIHandler over the process streams
os.environ['WSGI44_TEST'] = 'v'
os.environ['HTTP_X_TEST'] = 'caf\xe9'
re = read_environ()
print(re['WSGI44_TEST'], repr(re['HTTP_X_TEST']))
real = sys.stdin, sys.stdout
out = io.BytesIO()
try:
    fake_in = io.TextIOWrapper(io.BytesIO(b'cgi input'))
    fake_out = io.TextIOWrapper(out)
    sys.stdin, sys.stdout = fake_in, fake_out
    for k, v in base_env(REQUEST_METHOD='POST', CONTENT_LENGTH='9').items():
        os.environ[k] = v
    CGIHandler().run(echo_post)
    sys.stdout.flush()
finally:
    sys.stdin, sys.stdout = real
print(out.getvalue())
fake_out.detach()

# simple_server: demo_app output and the request handler's environ
environ = {}
setup_testing_defaults(environ)
environ['wsgi.input'] = 'input'
environ['wsgi.errors'] = 'errors'
h, out, err = run(SimpleHandler, simple_server.demo_app, base_env())
body = out.split(b'\r\n\r\n', 1)[1].decode()
print(body.splitlines()[0], len(body.splitlines()) > 10)
print('\n'.join(l for l in body.splitlines() if l.split(' = ')[0] in ('PATH_INFO', 'QUERY_STRING', 'REQUEST_METHOD', 'SERVER_PORT', 'wsgi.version', 'wsgi.url_scheme')))
print(simple_server.__all__, simple_server.server_version, simple_server.WSGIRequestHandler.server_version)


class FakeServer:
    base_environ = {'SERVER_NAME': 'fake', 'GATEWAY_INTERFACE': 'CGI/1.1', 'SERVER_PORT': '8000',
                    'REMOTE_HOST': '', 'CONTENT_LENGTH': '', 'SCRIPT_NAME': ''}


class Handler(simple_server.WSGIRequestHandler):
    def __init__(self, raw):
        self.rfile = io.BytesIO(raw)
        self.wfile = io.BytesIO()
        self.client_address = ('10.0.0.1', 5555)
        self.server = FakeServer()

    def address_string(self):
        return self.client_address[0]


raw = (b'POST /p%20q/r?x=1&y=%20 HTTP/1.1\r\nHost: example\r\nContent-Type: text/plain\r\n'
       b'Content-Length: 4\r\nX-Dup: one\r\nX-Dup: two\r\nUser-Agent: test\r\n\r\nbody')
hd = Handler(raw)
hd.raw_requestline = hd.rfile.readline()
print(hd.parse_request())
for k, v in sorted(hd.get_environ().items()):
    print(' ', k, repr(v))
hd = Handler(b'GET / HTTP/1.0\r\n\r\n')
hd.raw_requestline = hd.rfile.readline()
hd.parse_request()
print(sorted(hd.get_environ().items()))

# a whole request through WSGIRequestHandler.handle() and ServerHandler
class AppServer(FakeServer):
    def get_app(self):
        return hello


def serve(raw):
    hd = Handler(raw)
    hd.server = AppServer()
    hd.request_version = None
    hd.handle()
    head, _, body = hd.wfile.getvalue().partition(b'\r\n\r\n')
    lines = [l for l in head.split(b'\r\n') if not l.startswith(b'Server:')]
    return lines, body


import sys as _sys
_err = _sys.stderr
_sys.stderr = io.StringIO()
try:
    print(serve(b'GET /a%2Fb?q HTTP/1.0\r\nHost: h\r\n\r\n'))
    print(serve(b'GET /x HTTP/1.1\r\nHost: h\r\n\r\n'))
    print(serve(b'BREW\r\n'))
    print(serve(b'GET /' + b'a' * 70000 + b' HTTP/1.0\r\n\r\n')[0][:1])
finally:
    logged = _sys.stderr.getvalue()
    _sys.stderr = _err
print(logged.count('"GET /a/b?q HTTP/1.0" 200'), logged.count('414'))
print(simple_server.ServerHandler.server_software.split()[0], issubclass(simple_server.WSGIServer, __import__('http.server').server.HTTPServer))
