"""XML-RPC client: dumps/loads, the DateTime and Binary wrappers, errors,
MultiCall, Transport/SafeTransport and ServerProxy.  The codec classes
(Marshaller, Unmarshaller, ExpatParser) live in xmlrpc._marshal; Transport
goes through pywasm's http.client, so real servers need --allow-net."""

import sys
from datetime import datetime

__version__ = '%d.%d' % sys.version_info[:2]

MAXINT = 2 ** 31 - 1
MININT = -2 ** 31

# fault codes from the XML-RPC fault code interoperability proposal
PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300
NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603

boolean = Boolean = bool

_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def escape(s):
    # "&" first, so the entities added afterwards are not escaped again
    for raw, entity in _ENTITIES:
        s = s.replace(raw, entity)
    return s


class Error(Exception):
    # str() shows the repr, as CPython's errors here do
    def __str__(self):
        return repr(self)


class ProtocolError(Error):

    def __init__(self, url, errcode, errmsg, headers):
        super().__init__()
        self.url, self.errcode = url, errcode
        self.errmsg, self.headers = errmsg, headers

    def __repr__(self):
        return "<%s for %s: %s %s>" % (type(self).__name__, self.url, self.errcode, self.errmsg)


class ResponseError(Error):
    pass


class Fault(Error):

    def __init__(self, faultCode, faultString, **extra):
        super().__init__()
        self.faultCode, self.faultString = faultCode, faultString

    def __repr__(self):
        return "<%s %s: %r>" % (type(self).__name__, self.faultCode, self.faultString)


# ---------------------------------------------------------------- DateTime

_ISO_FORMAT = "%Y%m%dT%H:%M:%S"


def _iso8601_of(value):
    # accepts a datetime, a time tuple / struct_time, or seconds (0: now)
    if isinstance(value, datetime):
        fields = (value.year, value.month, value.day, value.hour, value.minute, value.second)
    else:
        import time
        if not isinstance(value, (tuple, time.struct_time)):
            value = time.localtime(value or time.time())
        fields = tuple(value)[:6]
    return "%04d%02d%02dT%02d:%02d:%02d" % fields


def _ordering(test):
    def method(self, other):
        mine, theirs = self.make_comparable(other)
        if theirs is NotImplemented:
            return NotImplemented
        return test(mine, theirs)
    return method


class DateTime:

    def __init__(self, value=0):
        if not isinstance(value, str):
            value = _iso8601_of(value)
        self.value = value

    def make_comparable(self, other):
        # strings compare as strings; objects with timetuple() by their tuples
        if isinstance(other, DateTime):
            return self.value, other.value
        if isinstance(other, datetime):
            return self.value, _iso8601_of(other)
        if isinstance(other, str):
            return self.value, other
        if hasattr(other, "timetuple"):
            return self.timetuple(), other.timetuple()
        return self, NotImplemented

    __lt__ = _ordering(lambda a, b: a < b)
    __le__ = _ordering(lambda a, b: a <= b)
    __gt__ = _ordering(lambda a, b: a > b)
    __ge__ = _ordering(lambda a, b: a >= b)
    __eq__ = _ordering(lambda a, b: a == b)

    def timetuple(self):
        import time
        return time.strptime(self.value, _ISO_FORMAT)

    def __str__(self):
        return self.value

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.value, id(self))

    def decode(self, data):
        self.value = str(data).strip()

    def encode(self, out):
        out.write("<value><dateTime.iso8601>%s</dateTime.iso8601></value>\n" % self.value)


class Binary:

    def __init__(self, data=None):
        if data is None:
            self.data = b""
            return
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("expected bytes or bytearray, not %s" % type(data).__name__)
        self.data = bytes(data)

    def __str__(self):
        return self.data.decode("latin-1")

    def __eq__(self, other):
        theirs = other.data if isinstance(other, Binary) else other
        return self.data == theirs

    def decode(self, data):
        import base64
        self.data = base64.decodebytes(data)

    def encode(self, out):
        import base64
        out.write("<value><base64>\n%s</base64></value>\n" % base64.encodebytes(self.data).decode('ascii'))


WRAPPERS = (DateTime, Binary)

# The codec needs the classes above, hence the import here and not on top.
from xmlrpc._marshal import Marshaller, Unmarshaller, ExpatParser  # noqa: E402

FastMarshaller = FastParser = FastUnmarshaller = None


def getparser(use_datetime=False, use_builtin_types=False):
    target = Unmarshaller(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    return ExpatParser(target), target


def dumps(params, methodname=None, methodresponse=None, encoding=None, allow_none=False):
    is_fault = isinstance(params, Fault)
    assert is_fault or isinstance(params, tuple), "argument must be tuple or Fault instance"
    if is_fault:
        methodresponse = 1
    elif methodresponse:
        assert len(params) == 1, "response tuple must be a singleton"
    encoding = encoding or "utf-8"
    body = Marshaller(encoding, allow_none).dumps(params)
    if encoding == "utf-8":
        decl = "<?xml version='1.0'?>\n"
    else:
        decl = "<?xml version='1.0' encoding='%s'?>\n" % str(encoding)
    if methodname:
        return "%s<methodCall>\n<methodName>%s</methodName>\n%s</methodCall>\n" % (decl, methodname, body)
    if methodresponse:
        return "%s<methodResponse>\n%s</methodResponse>\n" % (decl, body)
    # neither call nor response: just the params (or fault) element
    return body


def loads(data, use_datetime=False, use_builtin_types=False):
    parser, target = getparser(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    parser.feed(data)
    parser.close()
    return target.close(), target.getmethodname()


# ---------------------------------------------------------------- gzip

def gzip_encode(data):
    import gzip
    import io
    sink = io.BytesIO()
    with gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=1) as packer:
        packer.write(data)
    return sink.getvalue()


def gzip_decode(data, max_decode=20971520):
    import gzip
    import io
    limited = max_decode >= 0
    # pywasm's GzipFile inflates when opened, so broken input can fail on
    # open as well as on read: both are reported as ValueError
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as unpacker:
            # one byte past the limit tells "too long" from "exactly at it"
            plain = unpacker.read(max_decode + 1) if limited else unpacker.read()
    except OSError:
        raise ValueError("invalid data")
    if limited and len(plain) > max_decode:
        raise ValueError("max gzipped payload length exceeded")
    return plain


class GzipDecodedResponse:
    # a readable file over the gunzipped body of an HTTP response

    def __init__(self, response):
        import gzip
        import io
        self.io = io.BytesIO(response.read())
        self._unpacker = gzip.GzipFile(fileobj=self.io, mode="rb")

    def read(self, size=-1):
        return self._unpacker.read(size)

    def __getattr__(self, name):
        return getattr(self._unpacker, name)

    def close(self):
        try:
            self._unpacker.close()
        finally:
            self.io.close()


# ---------------------------------------------------------------- MultiCall

class _MultiCallMethod:
    # records name(args) in the shared queue instead of calling

    def __init__(self, queue, name):
        self._queue = queue
        self._name = name

    def __getattr__(self, name):
        return _MultiCallMethod(self._queue, self._name + "." + name)

    def __call__(self, *args):
        self._queue.append((self._name, args))


class MultiCallIterator:

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        # each entry is [result] on success, a fault struct otherwise
        entry = self.results[i]
        kind = type(entry)
        if kind is list:
            return entry[0]
        if kind is dict:
            raise Fault(entry['faultCode'], entry['faultString'])
        raise ValueError("unexpected type in multicall result")


class MultiCall:

    def __init__(self, server):
        self._proxy = server
        self._queue = []

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    __str__ = __repr__

    def __getattr__(self, name):
        return _MultiCallMethod(self._queue, name)

    def __call__(self):
        batch = []
        for name, args in self._queue:
            batch.append({'methodName': name, 'params': args})
        return MultiCallIterator(self._proxy.system.multicall(batch))


from xmlrpc._transport import Transport, SafeTransport, ServerProxy  # noqa: E402

Server = ServerProxy
