# xmlrpc.client: marshalling every type, parsing, faults and errors,
# DateTime/Binary, gzip, MultiCall and ServerProxy over a fake connection.
import io
import xmlrpc.client as xc
from datetime import datetime
import http.client


def show_loads(text, **kw):
    try:
        params, name = xc.loads(text, **kw)
    except Exception as e:
        print('  loads ->', type(e).__name__, repr(e))
        return
    out = []
    for v in params:
        if isinstance(v, xc.Binary):
            out.append('Binary(%r)' % v.data)
        elif isinstance(v, xc.DateTime):
            out.append('DateTime(%s)' % v)
        else:
            out.append(repr(v))
    print('  loads ->', name, '[' + ', '.join(out) + ']')


values = (0, -5, xc.MAXINT, xc.MININT, True, False, 1.5, -0.25, 1e100, 'plain', 'a<b&c>"\'',
          'caf\xe9 \u20ac', b'\x00\x01bytes\xff', bytearray(b'ba'), xc.Binary(b'wrapped'),
          xc.DateTime('20240102T03:04:05'), datetime(1999, 12, 31, 23, 59, 58, 123),
          [1, [2, [3]]], (4, 5), {'k': 1, 'nested': {'x': [True]}, 'a&b': 'v'}, [], {})
for v in values:
    text = xc.dumps((v,))
    print(repr(v) if not isinstance(v, (xc.Binary, xc.DateTime)) else type(v).__name__)
    print(text, end='')
    show_loads(text)

print(xc.dumps((1, 'two'), 'some.method'), end='')
print(xc.dumps(('resp',), methodresponse=True), end='')
print(xc.dumps((None,), 'm', allow_none=True), end='')
print(xc.dumps((1,), 'm', encoding='iso-8859-1'), end='')
print(xc.dumps((), 'noargs'), end='')
print(repr(xc.dumps(())))

# errors while marshalling
class Thing:
    def __init__(self):
        self.a = 1
        self.b = 'two'

class MyDict(dict):
    pass

print(xc.dumps((Thing(),)), end='')
rec = [1]
rec.append(rec)
drec = {}
drec['self'] = drec
for bad in [(None,), (2 ** 31,), (-2 ** 31 - 1,), ({1: 2},), (rec,), (drec,), (object(),), (1j,), (MyDict(a=1),)]:
    try:
        xc.dumps(bad)
        print('no error for', type(bad[0]).__name__)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    xc.dumps([1])
except AssertionError as e:
    print('AssertionError', e)
try:
    xc.dumps((1, 2), methodresponse=True)
except AssertionError as e:
    print('AssertionError', e)

# parsing variants
show_loads('<params><param><value>bare string</value></param></params>')
show_loads('<params><param><value><i4>7</i4></value></param><param><value><i8>9000000000</i8></value></param>'
           '<param><value><nil/></value></param><param><value><double>2.5</double></value></param></params>')
show_loads('<methodResponse><params><param><value><ex:i8 xmlns:ex="x">12</ex:i8></value></param></params></methodResponse>')
show_loads('<methodCall><methodName>a.b</methodName><params><param><value><boolean>1</boolean></value></param></params></methodCall>')
show_loads('<methodCall><methodName>noparams</methodName></methodCall>')
show_loads('<params><param><value><base64>aGVsbG8=</base64></value></param>'
           '<param><value><dateTime.iso8601>20200304T05:06:07</dateTime.iso8601></value></param></params>')
show_loads('<params><param><value><base64>aGVsbG8=</base64></value></param>'
           '<param><value><dateTime.iso8601>20200304T05:06:07</dateTime.iso8601></value></param></params>',
           use_builtin_types=True)
show_loads('<params><param><value><dateTime.iso8601>20200304T05:06:07</dateTime.iso8601></value></param></params>',
           use_datetime=True)
show_loads('<params><param><value><struct><member><name>n</name><value><int>1</int></value></member>'
           '<member><name>m</name><value>s</value></member></struct></value></param></params>')
show_loads('<params><param><value><bigdecimal>1.25</bigdecimal></value></param></params>')
show_loads('<params><param><value><weird>1</weird></value></param></params>')
show_loads('<params><param><value><array><data><value><int>1</int></value></data></array></value></param>')
show_loads('<params><param><value><boolean>2</boolean></value></param></params>')
show_loads('<foo/>')
show_loads('<params><param><value><int>1</int></value></param></params><extra/>')
show_loads(b'<?xml version="1.0"?><params><param><value><string>caf\xc3\xa9</string></value></param></params>')
show_loads('<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>4</int></value></member>'
           '<member><name>faultString</name><value><string>Too many params</string></value></member>'
           '</struct></value></fault></methodResponse>')

# Fault, errors
f = xc.Fault(3, 'bad <thing>')
print(repr(f), str(f), f.faultCode, f.faultString, f.args)
print(xc.dumps(f), end='')
print(xc.dumps(f, methodresponse=False), end='')
show_loads(xc.dumps(f))
p = xc.ProtocolError('host/path', 404, 'Not Found', {'X': 'y'})
print(repr(p), str(p), p.url, p.errcode, p.errmsg, p.headers, p.args)
r = xc.ResponseError('broken')
print(repr(r), str(r), isinstance(r, xc.Error), issubclass(xc.Fault, xc.Error), issubclass(xc.Error, Exception))
print(repr(xc.ResponseError()))
print(xc.escape('<&>"'), xc.boolean(1), xc.Boolean(0), xc.boolean is bool)
print(xc.PARSE_ERROR, xc.SERVER_ERROR, xc.APPLICATION_ERROR, xc.SYSTEM_ERROR, xc.TRANSPORT_ERROR,
      xc.NOT_WELLFORMED_ERROR, xc.UNSUPPORTED_ENCODING, xc.INVALID_ENCODING_CHAR, xc.INVALID_XMLRPC,
      xc.METHOD_NOT_FOUND, xc.INVALID_METHOD_PARAMS, xc.INTERNAL_ERROR)
print(xc.MAXINT, xc.MININT, xc.WRAPPERS == (xc.DateTime, xc.Binary))

# DateTime
d = xc.DateTime('20240102T03:04:05')
print(str(d), d.value, d == '20240102T03:04:05', d < '20250101T00:00:00', d > xc.DateTime('20230101T00:00:00'))
print(d == datetime(2024, 1, 2, 3, 4, 5), d <= datetime(2024, 1, 2, 3, 4, 5), d >= datetime(2025, 1, 1))
print(d.timetuple()[:6])
print(xc.DateTime((2001, 2, 3, 4, 5, 6, 0, 0, 0)).value, xc.DateTime(datetime(5, 6, 7, 8, 9, 10)).value)
try:
    d < 5
except TypeError:
    print('TypeError comparing with int')
print(d == 5, d != 5)
d.decode('  20000101T00:00:00 \n')
print(repr(d.value))
out = io.StringIO()
d.encode(out)
print(repr(out.getvalue()))

# Binary
b = xc.Binary(b'\x00abc')
print(b.data, str(b) == '\x00abc', b == b'\x00abc', b == xc.Binary(b'\x00abc'), b != b'x')
print(xc.Binary().data, xc.Binary(bytearray(b'q')).data)
try:
    xc.Binary('text')
except TypeError as e:
    print('TypeError', e)
out = io.StringIO()
b.encode(out)
print(repr(out.getvalue()))
b.decode(b'eHl6')
print(b.data)

# Marshaller / Unmarshaller / getparser directly
m = xc.Marshaller(allow_none=True)
print(repr(m.dumps([1, None, 'x'])))
p, u = xc.getparser()
print(type(p).__name__, type(u).__name__)
for chunk in ['<params><param><val', 'ue><int>4', '2</int></value></param>', '</params>']:
    p.feed(chunk)
p.close()
print(u.close(), u.getmethodname())
u = xc.Unmarshaller()
u.xml(None, None)
for ev in [('start', 'params'), ('start', 'param'), ('start', 'value'), ('start', 'int'), ('data', '5'),
           ('end', 'int'), ('end', 'value'), ('end', 'param'), ('end', 'params')]:
    if ev[0] == 'start':
        u.start(ev[1], {})
    elif ev[0] == 'data':
        u.data(ev[1])
    else:
        u.end(ev[1])
print(u.close())
try:
    xc.Unmarshaller().close()
except xc.ResponseError as e:
    print('ResponseError', repr(e))

# gzip
z = xc.gzip_encode(b'hello ' * 50)
print(z[:2], xc.gzip_decode(z)[:12], len(xc.gzip_decode(z)))
try:
    xc.gzip_decode(z, max_decode=10)
except ValueError as e:
    print('ValueError', e)
print(len(xc.gzip_decode(z, max_decode=-1)))
try:
    xc.gzip_decode(b'not gzip at all')
except (ValueError, OSError) as e:
    print(type(e).__name__)


# MultiCall and ServerProxy through a transport that answers locally
class LocalTransport:
    def __init__(self):
        self.sent = []

    def request(self, host, handler, body, verbose=False):
        self.sent.append((host, handler, body))
        params, name = xc.loads(body)
        if name == 'system.multicall':
            res = []
            for call in params[0]:
                if call['methodName'] == 'fail':
                    res.append({'faultCode': 7, 'faultString': 'failed'})
                else:
                    res.append([[call['methodName'], list(call['params'])]])
            return (res,)
        if name == 'boom':
            raise xc.Fault(9, 'remote boom')
        if name == 'pair':
            return (1, 2)
        return ([name, list(params)],)

    def close(self):
        self.sent.append('closed')


t = LocalTransport()
proxy = xc.ServerProxy('http://user@example.invalid:8080/rpc/path?q=1', transport=t)
print(repr(proxy))
print(proxy._ServerProxy__host, proxy._ServerProxy__handler, proxy._ServerProxy__transport is t)
print(proxy.add(1, 2), proxy.a.b.c('x'), proxy.pair())
try:
    proxy.boom()
except xc.Fault as e:
    print('Fault', e.faultCode, e.faultString)
print(t.sent[0][0], t.sent[0][1])
print(t.sent[0][2].decode())
mc = xc.MultiCall(proxy)
mc.one(1)
mc.ns.two(2, 3)
mc.fail()
mc.three()
res = mc()
print(res[0], res[1])
try:
    res[2]
except xc.Fault as e:
    print('Fault', e.faultCode, e.faultString)
print(res[3])
try:
    list(res)
except xc.Fault as e:
    print('iteration stops at fault', e.faultCode)
print(t.sent[-1][2].decode())
print(proxy('transport') is t)
proxy('close')()
with xc.ServerProxy('https://h.invalid', transport=t) as p2:
    print(repr(p2))
print(t.sent[-1])
try:
    proxy('nothing')
except AttributeError as e:
    print('AttributeError', e)
print(repr(xc.ServerProxy('http://h.invalid')))
print(type(xc.ServerProxy('https://h.invalid')('transport')).__name__, xc.Server is xc.ServerProxy)
try:
    xc.ServerProxy('ftp://h.invalid/')
except OSError as e:
    print('OSError', e)
print(repr(xc.ServerProxy('http://h.invalid', encoding='iso-8859-1', allow_none=True)))


# Transport over a fake HTTP connection: the real request-building code
class FakeSock:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode='rb'):
        return io.BytesIO(self.data)


class FakeConnection:
    def __init__(self, answer):
        self.answer = answer
        self.log = []

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        self.log.append(('putrequest', method, url, skip_accept_encoding))

    def putheader(self, name, value):
        self.log.append((name, value))

    def endheaders(self, body=None):
        self.log.append(('body', body))

    def set_debuglevel(self, level):
        self.log.append(('debug', level))

    def getresponse(self):
        r = http.client.HTTPResponse(FakeSock(self.answer))
        r.begin()
        return r

    def close(self):
        self.log.append('close')


def answer(status, body, extra=b''):
    head = b'HTTP/1.1 ' + status + b'\r\nContent-Length: ' + str(len(body)).encode() + b'\r\n' + extra + b'\r\n'
    return head + body


class FakeTransport(xc.Transport):
    def __init__(self, answer, **kw):
        super().__init__(**kw)
        self.conn = FakeConnection(answer)

    def make_connection(self, host):
        self.host_info = self.get_host_info(host)
        return self.conn


ok = xc.dumps(({'r': 1},), methodresponse=True).encode()
t = FakeTransport(answer(b'200 OK', ok), headers=[('X-Extra', '1')])
proxy = xc.ServerProxy('http://u%40x:pw@h.invalid/RPC', transport=t)
print(proxy.method('arg'))
for entry in t.conn.log:
    print(' ', entry if entry[0] != 'User-Agent' else ('User-Agent', entry[1].split('/')[0]))
print(t.host_info)
print(t.get_host_info(('h', {'cert': 1})))
gz = xc.gzip_encode(xc.dumps(('zipped',), methodresponse=True).encode())
t = FakeTransport(answer(b'200 OK', gz, b'Content-Encoding: gzip\r\n'), use_builtin_types=True)
t.accept_gzip_encoding = False
t.encode_threshold = 10
print(xc.ServerProxy('http://h.invalid/', transport=t).m(b'payload data'))
print([e[0] for e in t.conn.log])
print(t.conn.log[-2][0], len(xc.gzip_decode(t.conn.log[-1][1])))
t = FakeTransport(answer(b'404 Not Found', b'nope', b'X-Why: test\r\n'))
try:
    xc.ServerProxy('http://h.invalid/x', transport=t).m()
except xc.ProtocolError as e:
    print('ProtocolError', repr(e), e.errcode, e.errmsg, sorted(e.headers.items()))
t = FakeTransport(answer(b'200 OK', xc.dumps(xc.Fault(5, 'no')).encode()))
try:
    xc.ServerProxy('http://h.invalid/x', transport=t).m()
except xc.Fault as e:
    print('Fault', e)
t = FakeTransport(answer(b'200 OK', b'<params><param><value><bogus/></value></param></params>'))
try:
    xc.ServerProxy('http://h.invalid/x', transport=t).m()
except xc.ResponseError as e:
    print('ResponseError', e)
print('close' in t.conn.log)
print(xc.Transport.user_agent.split('/')[0], xc.Transport.accept_gzip_encoding, xc.Transport.encode_threshold)
print(issubclass(xc.SafeTransport, xc.Transport))
