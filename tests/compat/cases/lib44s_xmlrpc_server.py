# xmlrpc.server: SimpleXMLRPCDispatcher registration and dispatch through
# _marshaled_dispatch, introspection, multicall, dotted names, the CGI
# handler's output, MultiPathXMLRPCServer's routing.
import io
import os
import sys
from xmlrpc.server import SimpleXMLRPCRequestHandler
import xmlrpc.client as xc
from xmlrpc.server import (SimpleXMLRPCDispatcher, resolve_dotted_attribute, list_public_methods,
                           CGIXMLRPCRequestHandler, SimpleXMLRPCServer, MultiPathXMLRPCServer,
                           SimpleXMLRPCRequestHandler)


def call(disp, name, *params, **kw):
    body = xc.dumps(params, name, allow_none=kw.get('allow_none', False))
    raw = disp._marshaled_dispatch(body.encode())
    print(type(raw).__name__, end=' ')
    try:
        print(xc.loads(raw, use_builtin_types=True)[0])
    except xc.Fault as f:
        print('Fault', f.faultCode, f.faultString)


class Math:
    def add(self, a, b):
        """Add two numbers."""
        return a + b

    def _secret(self):
        return 'hidden'

    class inner:
        @staticmethod
        def deep(x):
            """  Deep one.

            More text.
            """
            return ['deep', x]

    value = 5


d = SimpleXMLRPCDispatcher()
print(d.funcs, d.instance, d.allow_none, d.encoding, d.use_builtin_types)


def mul(a, b):
    'Multiply.'
    return a * b


print(d.register_function(mul) is mul)
d.register_function(lambda s: s.upper(), 'up')


@d.register_function
def neg(x):
    return -x


@d.register_function(name='named.one')
def one():
    return 1


d.register_function(None, 'disabled')
print(sorted(d.funcs))
call(d, 'mul', 6, 7)
call(d, 'up', 'abc')
call(d, 'neg', 3)
call(d, 'named.one')
call(d, 'missing', 1)
call(d, 'mul', 1)
call(d, 'disabled')
call(d, 'up', 'caf\xe9 \u20ac')

d.register_instance(Math())
call(d, 'add', 2, 3)
call(d, 'mul', 2, 3)
call(d, '_secret')
call(d, 'inner.deep', 1)
d.register_instance(Math(), allow_dotted_names=True)
call(d, 'inner.deep', 1)
call(d, 'inner._x')
call(d, 'value')

d.register_introspection_functions()
d.register_multicall_functions()
call(d, 'system.listMethods')
call(d, 'system.methodHelp', 'mul')
call(d, 'system.methodHelp', 'add')
call(d, 'system.methodHelp', 'inner.deep')
call(d, 'system.methodHelp', 'neg')
call(d, 'system.methodHelp', 'nothing')
call(d, 'system.methodSignature', 'mul')
call(d, 'system.multicall', [{'methodName': 'mul', 'params': [2, 5]},
                             {'methodName': 'nope', 'params': []},
                             {'methodName': 'add', 'params': [1, 1]},
                             {'methodName': 'system.listMethods', 'params': []}])


class Dispatching:
    def _dispatch(self, method, params):
        if method == 'fault':
            raise xc.Fault(77, 'custom fault')
        return [method, list(params)]

    def _listMethods(self):
        return ['x', 'y']

    def _methodHelp(self, name):
        return 'help for ' + name


d2 = SimpleXMLRPCDispatcher(allow_none=True, encoding='iso-8859-1', use_builtin_types=True)
d2.register_instance(Dispatching())
d2.register_introspection_functions()
call(d2, 'anything.at.all', 1, 'two', None, allow_none=True)
call(d2, 'fault')
call(d2, 'system.listMethods')
call(d2, 'system.methodHelp', 'x')
print(d2._marshaled_dispatch(xc.dumps(('caf\xe9 \u20ac',), 'echo').encode()))
print(d2._marshaled_dispatch(b'<methodCall><methodName>m</methodName><params><param><value><base64>AAE=</base64>'
                             b'</value></param></params></methodCall>'))
print(d2._marshaled_dispatch(xc.dumps((1,), 'zz'), dispatch_method=lambda m, p: (m, p[0] + 1)))
print(d._marshaled_dispatch(b'not xml at all'))
print(d._marshaled_dispatch(b'<methodCall><methodName>none</methodName></methodCall>'))
d.register_function(lambda: None, 'returns_none')
print(d._marshaled_dispatch(xc.dumps((), 'returns_none')))

# resolve_dotted_attribute, list_public_methods
m = Math()
print(resolve_dotted_attribute(m, 'add')(1, 2), resolve_dotted_attribute(m, 'inner.deep')(0))
for args in [(m, '_secret'), (m, 'inner._x'), (m, 'inner.deep', False), (m, 'nope')]:
    try:
        resolve_dotted_attribute(*args)
    except AttributeError as e:
        print('AttributeError', e)
print(list_public_methods(m))

# MultiPathXMLRPCServer routing without a socket
srv = MultiPathXMLRPCServer.__new__(MultiPathXMLRPCServer)
srv.dispatchers = {}
srv.allow_none = False
srv.encoding = 'utf-8'
print(srv.add_dispatcher('/a', d) is d, srv.get_dispatcher('/a') is d)
print(srv._marshaled_dispatch(xc.dumps((3, 4), 'mul').encode(), path='/a'))
print(srv._marshaled_dispatch(xc.dumps((3, 4), 'mul').encode(), path='/missing'))

# CGI handler: stdout carries the headers and the body
cgi = CGIXMLRPCRequestHandler()
cgi.register_function(mul)
real_stdout = sys.stdout
for env, text in [({'REQUEST_METHOD': 'POST'}, xc.dumps((2, 9), 'mul')),
                  ({'REQUEST_METHOD': 'GET'}, None)]:
    buf = io.BytesIO()
    wrapper = io.TextIOWrapper(buf, encoding='utf-8')
    sys.stdout = wrapper
    old = dict(os.environ)
    os.environ.update(env)
    try:
        cgi.handle_request(text)
    finally:
        sys.stdout.flush()
        sys.stdout = real_stdout
        os.environ.clear()
        os.environ.update(old)
    print(buf.getvalue().decode())
    wrapper.detach()

print(SimpleXMLRPCRequestHandler.rpc_paths, SimpleXMLRPCRequestHandler.encode_threshold)
print(issubclass(SimpleXMLRPCServer, SimpleXMLRPCDispatcher), issubclass(MultiPathXMLRPCServer, SimpleXMLRPCServer))

# SimpleXMLRPCRequestHandler.do_POST driven through http.server's request
# parsing with in-memory streams


class FakeServer(SimpleXMLRPCDispatcher):
    logRequests = False
    _send_traceback_header = False


srv = FakeServer()
srv.register_function(lambda a, b: a + b, 'add')
srv.register_function(lambda: 'x' * 2000, 'big')


def post(path, body, extra=b''):
    h = SimpleXMLRPCRequestHandler.__new__(SimpleXMLRPCRequestHandler)
    raw = (b'POST ' + path + b' HTTP/1.0\r\nContent-Type: text/xml\r\nContent-Length: ' +
           str(len(body)).encode() + b'\r\n' + extra + b'\r\n' + body)
    h.rfile = io.BytesIO(raw)
    h.wfile = io.BytesIO()
    h.server = srv
    h.client_address = ('127.0.0.1', 1)
    h.request = None
    h.close_connection = True
    h.handle_one_request()
    out = h.wfile.getvalue()
    head, _, payload = out.partition(b'\r\n\r\n')
    lines = [l for l in head.split(b'\r\n') if not l.startswith((b'Date:', b'Server:'))]
    if b'Content-Encoding: gzip' in lines:
        # compressed sizes differ between zlib builds
        lines = [l for l in lines if not l.startswith(b'Content-length')]
    print(lines)
    return payload


print(post(b'/RPC2', xc.dumps((2, 3), 'add').encode()))
print(post(b'/nope', xc.dumps((2, 3), 'add').encode()))
p = post(b'/', xc.dumps((), 'big').encode(), b'Accept-Encoding: gzip\r\n')
print(len(xc.gzip_decode(p)))
p = post(b'/', xc.gzip_encode(xc.dumps((1, 2), 'add').encode()), b'Content-Encoding: gzip\r\n')
print(p)
print(post(b'/', b'xx', b'Content-Encoding: br\r\n'))
print(post(b'/', b'not gzip', b'Content-Encoding: gzip\r\n'))
print(SimpleXMLRPCRequestHandler.accept_encodings.__name__)
h = SimpleXMLRPCRequestHandler.__new__(SimpleXMLRPCRequestHandler)
class H(dict):
    def get(self, k, d=None):
        return dict.get(self, k, d)
h.headers = H({'Accept-Encoding': 'gzip;q=0.5, deflate, br ; q = 0.1, *;q=0'})
print(sorted(h.accept_encodings().items()))
