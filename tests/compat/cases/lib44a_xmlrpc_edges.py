# xmlrpc edge cases beyond lib44s_xmlrpc_*: untyped <value> text followed by
# more values, namespaced containers, dispatch-table extension in
# Marshaller/Unmarshaller subclasses, host/auth parsing, verbose transport,
# retry after a dropped keep-alive connection, Accept-Encoding parsing.
import io
import http.client
import xmlrpc.client as xc
from datetime import date, datetime
from xmlrpc.server import SimpleXMLRPCDispatcher, SimpleXMLRPCRequestHandler


def show(text, **kw):
    try:
        params, name = xc.loads(text, **kw)
        print(' ', name, [v if not isinstance(v, (xc.Binary, xc.DateTime)) else str(v) for v in params])
    except Exception as e:
        print('  error', type(e).__name__, e)


# an untyped value is a string, and must not disturb what follows it
show('<params><param><value>first</value></param><param><value><int>2</int></value></param>'
     '<param><value>  spaced  </value></param><param><value></value></param></params>')
show('<params><param><value><array><data><value>a</value><value>b</value><value><i4>3</i4></value>'
     '</data></array></value></param></params>')
show('<params><param><value><struct><member><name>x</name><value>bare</value></member>'
     '<member><name>y</name><value><boolean>0</boolean></value></member></struct></value></param></params>')
show('<params><param><value>\n  <int>5</int>\n  </value></param></params>')
# prefixed container tags open and close frames like plain ones
show('<params xmlns:n="urn:x"><param><value><n:array><data><value><n:struct><member><name>k</name>'
     '<value><n:double>0.5</n:double></value></member></n:struct></value></data></n:array></value>'
     '</param></params>')
show('<params><param><value><array><data><value><array><data></data></array></value>'
     '<value><struct></struct></value></data></array></value></param></params>')
show('<params><param><value><array><data><value><int>1</int></value></data></array></value></param></params>')
show('<methodResponse><params><param><value><nil/></value></param></params></methodResponse>')
show('<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>2</int></value></member>'
     '<member><name>faultString</name><value>x</value></member><member><name>extra</name><value>e</value>'
     '</member></struct></value></fault></methodResponse>')
show('<params><param><value><array><data><value><weird/></value></data></array></value></param></params>')
show('<params><param><value><dateTime.iso8601> 20010203T04:05:06 </dateTime.iso8601></value></param></params>')

# many params in one methodCall round trip
call = xc.dumps(('s', 1, 2.5, True, None, [], {}, b'\x00', xc.Binary(b'b'), 'x' * 3), 'many', allow_none=True)
params, name = xc.loads(call, use_builtin_types=True)
print(name, params)


# subclasses extend the dispatch tables with the documented signatures
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


class PointMarshaller(xc.Marshaller):
    dispatch = dict(xc.Marshaller.dispatch)

    def dump_point(self, value, write):
        write('<value><point>%d,%d</point></value>\n' % (value.x, value.y))
        self.dump_int(value.x, write)
    dispatch[Point] = dump_point


m = PointMarshaller(allow_none=True)
print(repr(m.dumps((Point(1, 2), None))))
print(repr(xc.Marshaller().dumps((date(2020, 1, 2).isoformat(),))))
try:
    xc.Marshaller().dumps((Point(1, 2),))
except TypeError as e:
    print('TypeError', e)


class PointUnmarshaller(xc.Unmarshaller):
    dispatch = dict(xc.Unmarshaller.dispatch)

    def end_point(self, data):
        self.append(tuple(int(p) for p in data.split(',')))
    dispatch['point'] = end_point


u = PointUnmarshaller()
p = xc.ExpatParser(u)
p.feed('<params><param><value><point>3,4</point></value></param>'
       '<param><value><int>9</int></value></param></params>')
p.close()
print(u.close())
u = xc.Unmarshaller()
p = xc.ExpatParser(u)
p.feed('<params><param><value><array><data>')
try:
    p.close()
except Exception as e:
    print('close of unfinished document:', type(e).__name__)

# DateTime against other time-like objects
d = xc.DateTime('20200102T00:00:00')
print(d > date(2019, 5, 5), d == date(2020, 1, 2), d < datetime(2021, 1, 1))
print(xc.DateTime(datetime(2020, 1, 2, 3, 4, 5)) == '20200102T03:04:05')
import time
print(xc.DateTime(time.struct_time((1999, 1, 2, 3, 4, 5, 0, 2, 0))).value)
print(xc.Binary(b'a') == 'a', xc.Binary(b'a') == b'a', xc.Binary(b'a') != xc.Binary(b'b'))

# Transport: host info forms
t = xc.Transport()
for host in ['plain.invalid', 'user@h.invalid', 'us%3Aer:p%40ss@h.invalid:81', '@h.invalid', 'a@b@h.invalid']:
    print(host, t.get_host_info(host))


class Sock:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode='rb'):
        return io.BytesIO(self.data)


class Conn:
    def __init__(self, answers, log):
        self.answers = answers
        self.log = log

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        self.log.append(('putrequest', url, skip_accept_encoding))

    def putheader(self, name, value):
        if name != 'User-Agent':
            self.log.append((name, value))

    def endheaders(self, body=None):
        self.log.append(('body', len(body)))

    def set_debuglevel(self, level):
        self.log.append(('debug', level))

    def getresponse(self):
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        r = http.client.HTTPResponse(Sock(answer))
        r.begin()
        return r

    def close(self):
        self.log.append('close')


def ok(value):
    body = xc.dumps((value,), methodresponse=True).encode()
    return b'HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n' % len(body) + body


class Local(xc.Transport):
    def __init__(self, answers, **kw):
        super().__init__(**kw)
        self.answers = answers
        self.log = []

    def make_connection(self, host):
        self.log.append(('connect', host))
        return Conn(self.answers, self.log)


# a dropped keep-alive connection is retried once; a second failure is raised
t = Local([http.client.RemoteDisconnected('gone'), ok('second try')])
print(xc.ServerProxy('http://h.invalid/', transport=t).f())
print(t.log)
t = Local([ConnectionResetError(104, 'reset'), ConnectionResetError(104, 'reset again')])
try:
    xc.ServerProxy('http://h.invalid/', transport=t).f()
except ConnectionResetError as e:
    print('ConnectionResetError', e)
t = Local([OSError(5, 'other'), ok('never')])
try:
    xc.ServerProxy('http://h.invalid/', transport=t).f()
except OSError as e:
    print('OSError', e, len(t.answers))

# verbose: debug level on the connection and the body echoed
t = Local([ok([1, 'two'])])
print(xc.ServerProxy('http://h.invalid/v', transport=t, verbose=True).f())
print(t.log)

# several results come back as the tuple; encoding of the request
t = Local([ok('x')])
sp = xc.ServerProxy('http://h.invalid', transport=t, encoding='ascii')
print(sp.echo('caf\xe9'), t.log[-1])

# MultiCallIterator with an unexpected entry
try:
    xc.MultiCallIterator([5])[0]
except ValueError as e:
    print('ValueError', e)
print(repr(xc.MultiCall(sp))[:12])

# server side: Accept-Encoding forms, help for a _dispatch instance
h = SimpleXMLRPCRequestHandler.__new__(SimpleXMLRPCRequestHandler)


class Hdr(dict):
    def get(self, k, d=None):
        return dict.get(self, k, d)


for ae in ['', 'gzip', ' gzip ; Q = 0.25 ,deflate;level=1', ',,x;q=', 'a;q=abc, b ;q=.5, c d;q=1',
           'gzip;q=1.0;foo=bar', ';q=1']:
    h.headers = Hdr({'Accept-Encoding': ae})
    print(repr(ae), sorted(h.accept_encodings().items()))


class Disp:
    def _dispatch(self, method, params):
        return method

    def visible(self):
        'documented'


d = SimpleXMLRPCDispatcher()
d.register_instance(Disp())
print(repr(d.system_methodHelp('visible')), d.system_listMethods())
d.register_instance(Disp(), allow_dotted_names=True)
print(d._dispatch('a.b', ()))
d.register_multicall_functions()
print(xc.loads(d._marshaled_dispatch(xc.dumps(([{'methodName': 'q', 'params': []}],), 'system.multicall')))[0])
try:
    # an entry without methodName fails the whole multicall, not just itself
    xc.loads(d._marshaled_dispatch(xc.dumps(([{'methodName': 'q', 'params': []}, {'nope': 1}],),
                                            'system.multicall')))
except xc.Fault as e:
    print('Fault', e.faultCode, e.faultString)

# a struct member missing its name or value is an error, not a silent drop
for text in ['<params><param><value><struct><member><name>a</name></member></struct></value></param></params>',
             '<params><param><value><struct><member><value>v</value></member></struct></value></param></params>']:
    show(text)
