# http.server: BaseHTTPRequestHandler parsing requests from a stand-in
# connection (request line, headers, HTTP/0.9, keep-alive, Expect:
# 100-continue, the 400/414/431/501/505 answers), send_error's page,
# responses, SimpleHTTPRequestHandler serving files and listings from a
# directory, translate_path, guess_type, and the CGI path helpers.
import io
import os
import shutil
import tempfile
import http.server
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, CGIHTTPRequestHandler

print(http.server.__version__, sorted(http.server.__all__))
print(http.server.DEFAULT_ERROR_CONTENT_TYPE)
print(BaseHTTPRequestHandler.server_version, BaseHTTPRequestHandler.protocol_version,
      BaseHTTPRequestHandler.default_request_version, SimpleHTTPRequestHandler.server_version)
print(BaseHTTPRequestHandler.sys_version.startswith('Python/'))
R = BaseHTTPRequestHandler.responses
print(len(R) == len(HTTPStatus), R[200], R[404][0], R[HTTPStatus.IM_A_TEAPOT])
print([c.__name__ for c in http.server.ThreadingHTTPServer.__mro__])
print(http.server.HTTPServer.allow_reuse_address, http.server.ThreadingHTTPServer.daemon_threads)
print(CGIHTTPRequestHandler.cgi_directories, CGIHTTPRequestHandler.rbufsize,
      sorted(SimpleHTTPRequestHandler.extensions_map.items()))


class Conn:
    def __init__(self, data):
        self.data, self.out = data, bytearray()

    def makefile(self, mode, bufsize=-1):
        return io.BytesIO(self.data) if 'r' in mode else io.BytesIO()

    def sendall(self, b):
        self.out += b


class Server:
    server_name, server_port = 'testhost', 80


def clean(out):
    # Date (and the Python version in Server) change from run to run
    keep = []
    for line in bytes(out).split(b'\r\n'):
        if line.startswith(b'Date: '):
            line = b'Date: <date>'
        elif line.startswith(b'Server: '):
            line = b'Server: ' + line.split()[1]
        elif line.startswith(b'Last-Modified: '):
            line = b'Last-Modified: <date>'
        keep.append(line)
    return keep


class Handler(BaseHTTPRequestHandler):
    log = []

    def log_message(self, format, *args):
        Handler.log.append(format % args)

    def do_GET(self):
        body = ('%s %s %s %s' % (self.command, self.path, self.request_version,
                                 sorted(self.headers.items()))).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.send_response(201, 'Made')
        self.send_header('Content-Type', 'text/plain')
        self.end_headers()
        self.wfile.write(data[::-1])


def run(raw, handler=Handler, version=None):
    if version:
        handler.protocol_version = version
    conn = Conn(raw)
    h = handler(conn, ('1.2.3.4', 5), Server())
    handler.protocol_version = 'HTTP/1.0'
    for line in clean(conn.out):
        print('   ', line)
    print('    log:', Handler.log)
    Handler.log.clear()
    return h


print('-- GET')
h = run(b'GET /a/b?x=1 HTTP/1.1\r\nHost: h\r\nX-Two: 2\r\n\r\n')
print(h.command, h.path, h.request_version, h.close_connection, h.requestline, type(h.headers).__name__)
print('-- POST')
run(b'POST /p HTTP/1.0\r\nContent-Length: 5\r\n\r\nhelloEXTRA')
print('-- double slash path')
h = run(b'GET //evil.com/x HTTP/1.0\r\n\r\n')
print(h.path)
print('-- HTTP/0.9')
run(b'GET /old\r\n')
run(b'POST /old\r\n')
print('-- bad requests')
run(b'GET / HTTP/1.x\r\n\r\n')
run(b'GET / FTP/1.0\r\n\r\n')
run(b'GET / HTTP/2.0\r\n\r\n')
run(b'GET\r\n\r\n')
run(b'GET / X HTTP/1.0\r\n\r\n')
run(b'BREW /pot HTTP/1.0\r\n\r\n')
run(b'GET /' + b'a' * 70000 + b' HTTP/1.0\r\n\r\n')
run(b'GET / HTTP/1.0\r\n' + b''.join(b'X-%d: v\r\n' % i for i in range(101)) + b'\r\n')
run(b'GET / HTTP/1.0\r\nX-Long: ' + b'v' * 70000 + b'\r\n\r\n')
run(b'HEAD / HTTP/1.0\r\n\r\n')
run(b'')
print('-- keep-alive (HTTP/1.1 server)')
h = run(b'GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\nConnection: close\r\n\r\nGET /3 HTTP/1.1\r\n\r\n',
        version='HTTP/1.1')
print(h.path, h.close_connection)
print('-- Expect: 100-continue')
run(b'POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab',
    version='HTTP/1.1')

print('-- send_error variants')


class Err(Handler):
    def do_GET(self):
        code = int(self.path[1:])
        self.send_error(code, *(['Custom <msg>'] if code == 400 else []),
                        **({'explain': 'why & how'} if code == 400 else {}))


for code in (204, 304, 400, 599):
    run(b'GET /%d HTTP/1.0\r\n\r\n' % code, Err)

print('-- helpers')
h = Handler.__new__(Handler)
h.client_address = ('9.9.9.9', 1)
print(h.date_time_string(0), h.date_time_string(1700000000.5), h.address_string())
print(h.monthname[1:4], h.weekdayname[:2])
print(h.version_string().split()[0])
h.log_message = BaseHTTPRequestHandler.log_message.__get__(h)
print(h._control_char_table[ord('\n')] if isinstance(h._control_char_table, dict) else '?')

print('-- SimpleHTTPRequestHandler')
root = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(root, 'sub'))
    os.mkdir(os.path.join(root, 'site'))
    with open(os.path.join(root, 'hello.txt'), 'wb') as f:
        f.write(b'hello world')
    with open(os.path.join(root, 'a b.html'), 'wb') as f:
        f.write(b'<p>x</p>')
    with open(os.path.join(root, 'site', 'index.html'), 'wb') as f:
        f.write(b'index!')

    class Files(SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            Handler.log.append(format % args)

    def serve(path, extra=b''):
        conn = Conn(b'GET ' + path + b' HTTP/1.0\r\n' + extra + b'\r\n')
        Files(conn, ('c', 1), Server(), directory=root)
        for line in clean(conn.out):
            print('   ', line.replace(root.encode(), b'<root>'))
        Handler.log.clear()

    serve(b'/hello.txt')
    serve(b'/a%20b.html?q=1#frag')
    serve(b'/missing.txt')
    serve(b'/hello.txt/')
    serve(b'/sub')
    serve(b'/site/')
    serve(b'/?x')
    serve(b'/../../hello.txt')
    serve(b'/hello.txt', b'If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT\r\n')
    serve(b'/hello.txt', b'If-Modified-Since: not a date\r\n')
    h = Files.__new__(Files)
    h.directory = '/srv/www'
    for p in ('/', '/a/b.txt', '/a/../../etc/passwd', '/x%2Fy', '/q?z=1', '/d/', '/./c', '//e//f'):
        print(repr(p), h.translate_path(p))
    for p in ('a.txt', 'a.HTML', 'x.tar.gz', 'x.Z', 'y.bz2', 'z.xz', 'noext', 'p.png', 'j.json', 'k.JS'):
        print(p, h.guess_type(p))
finally:
    shutil.rmtree(root)

print('-- CGI helpers')
for p in ('/a/b/c', '/a/./b/../c', '/a//b', '/a/b/..', '/a/b/.', '/x?q=1/2', '/%2e%2e/a', '', '/',
          '/cgi-bin/../../x'):
    try:
        print(repr(p), http.server._url_collapse_path(p))
    except IndexError:
        print(repr(p), 'IndexError')
c = CGIHTTPRequestHandler.__new__(CGIHTTPRequestHandler)
for p in ('/cgi-bin/run.py', '/cgi-bin/sub/x?y=1', '/htbin', '/htbin/', '/static/x', '/cgi-bin2/x',
          '/a/../cgi-bin/t'):
    c.path = p
    print(repr(p), c.is_cgi(), getattr(c, 'cgi_info', None))
    c.__dict__.pop('cgi_info', None)
print(c.is_python('x.PY'), c.is_python('x.pyw'), c.is_python('x.sh'))
