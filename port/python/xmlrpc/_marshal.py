# The XML-RPC codec behind xmlrpc.client: Marshaller (values -> XML text),
# Unmarshaller (parser events -> values) and ExpatParser.  client.py imports
# this module after defining the value types and errors used here.

from datetime import datetime

from xmlrpc.client import (Binary, DateTime, Fault, ResponseError, MAXINT, MININT, WRAPPERS,
                           escape, _iso8601_of)


# ---------------------------------------------------------------- writing
#
# Each writer takes (marshaller, value, write) so the functions can sit
# directly in Marshaller.dispatch, where subclasses expect that signature.

def _leaf(tag, text):
    return "<value><%s>%s</%s></value>\n" % (tag, text, tag)


def _b64_lines(data):
    import base64
    return base64.encodebytes(data).decode('ascii')


def _w_none(m, value, write):
    if not m.allow_none:
        raise TypeError("cannot marshal None unless allow_none is enabled")
    # no newline after nil: the wire text CPython produces
    write("<value><nil/></value>")


def _w_bool(m, value, write):
    write(_leaf("boolean", value and "1" or "0"))


def _w_int(m, value, write):
    if value < MININT or value > MAXINT:
        raise OverflowError("int exceeds XML-RPC limits")
    write(_leaf("int", "%d" % value))


def _w_float(m, value, write):
    write(_leaf("double", repr(value)))


def _w_str(m, value, write):
    write(_leaf("string", escape(value)))


def _w_bytes(m, value, write):
    write("<value><base64>\n" + _b64_lines(value) + "</base64></value>\n")


def _w_datetime(m, value, write):
    write(_leaf("dateTime.iso8601", _iso8601_of(value)))


def _guard(m, container, what):
    # memo holds the ids of the containers being written, to refuse cycles
    ident = id(container)
    if ident in m.memo:
        raise TypeError("cannot marshal recursive " + what)
    m.memo[ident] = None
    return ident


def _w_array(m, value, write):
    ident = _guard(m, value, "sequences")
    write("<value><array><data>\n")
    for item in value:
        m._emit(item, write)
    write("</data></array></value>\n")
    del m.memo[ident]


def _w_struct(m, value, write):
    ident = _guard(m, value, "dictionaries")
    write("<value><struct>\n")
    for key, item in value.items():
        if not isinstance(key, str):
            raise TypeError("dictionary key must be string")
        write("<member>\n<name>" + escape(key) + "</name>\n")
        m._emit(item, write)
        write("</member>\n")
    write("</struct></value>\n")
    del m.memo[ident]


def _w_object(m, value, write):
    if type(value) not in WRAPPERS:
        # any other instance travels as the struct of its attributes
        _w_struct(m, value.__dict__, write)
        return
    # DateTime and Binary write themselves through out.write
    m.write = write
    try:
        value.encode(m)
    finally:
        del m.write


class Marshaller:

    dispatch = {
        type(None): _w_none, bool: _w_bool, int: _w_int, float: _w_float, str: _w_str,
        bytes: _w_bytes, bytearray: _w_bytes, tuple: _w_array, list: _w_array, dict: _w_struct,
        datetime: _w_datetime, DateTime: _w_object, Binary: _w_object,
        "_arbitrary_instance": _w_object,
    }

    # the per-type writers under the method names CPython exposes
    dump_nil = _w_none
    dump_bool = _w_bool
    dump_long = dump_int = _w_int
    dump_double = _w_float
    dump_unicode = _w_str
    dump_bytes = _w_bytes
    dump_array = _w_array
    dump_struct = _w_struct
    dump_datetime = _w_datetime
    dump_instance = _w_object

    def __init__(self, encoding=None, allow_none=False):
        self.encoding = encoding
        self.allow_none = allow_none
        self.memo = {}
        self.data = None

    def _writer_for(self, value):
        table = self.dispatch
        kind = type(value)
        if kind in table:
            return table[kind]
        # A subclass of a known type would lose what it adds if written as
        # its base, and an object without attributes has nothing to send.
        known = tuple(k for k in table if isinstance(k, type))
        if isinstance(value, known) or not hasattr(value, '__dict__'):
            raise TypeError("cannot marshal %s objects" % kind)
        return table["_arbitrary_instance"]

    def _emit(self, value, write):
        self._writer_for(value)(self, value, write)

    def dumps(self, values):
        parts = []
        put = parts.append
        if isinstance(values, Fault):
            put("<fault>\n")
            self._emit({'faultCode': values.faultCode, 'faultString': values.faultString}, put)
            put("</fault>\n")
            return "".join(parts)
        put("<params>\n")
        for item in values:
            put("<param>\n")
            self._emit(item, put)
            put("</param>\n")
        put("</params>\n")
        return "".join(parts)


# ---------------------------------------------------------------- reading
#
# Values are collected in frames: the bottom frame receives the params,
# each <array>/<struct> opens a new frame that its end tag folds into one
# value of the enclosing frame.

def _local(tag):
    # "ns:int" and "int" mean the same element
    return tag.rpartition(':')[2]


def _text(u, data):
    if u._encoding and isinstance(data, bytes):
        data = data.decode(u._encoding)
    return data


def _r_nil(u, data):
    u.append(None)


def _r_bool(u, data):
    if data not in ("0", "1"):
        raise TypeError("bad boolean value")
    u.append(data == "1")


def _r_int(u, data):
    u.append(int(data))


def _r_float(u, data):
    u.append(float(data))


def _r_decimal(u, data):
    from decimal import Decimal
    u.append(Decimal(data))


def _r_string(u, data):
    u.append(_text(u, data))


def _r_array(u, data):
    u.append(u._frames.pop())


def _r_struct(u, data):
    flat = u._frames.pop()
    if len(flat) % 2:
        # a member without its value: as broken as CPython finds it
        raise IndexError("list index out of range")
    u.append(dict(zip(flat[0::2], flat[1::2])))


def _r_base64(u, data):
    blob = Binary()
    blob.decode(data.encode("ascii"))
    u.append(blob.data if u._use_bytes else blob)


def _r_datetime(u, data):
    if u._use_datetime:
        u.append(datetime.strptime(data, "%Y%m%dT%H:%M:%S"))
        return
    stamp = DateTime()
    stamp.decode(data)
    u.append(stamp)


def _r_value(u, data):
    # <value>text</value> without a type element is a string
    if u._bare:
        _r_string(u, data)


def _r_params(u, data):
    u._type = "params"


def _r_fault(u, data):
    u._type = "fault"


def _r_method(u, data):
    u._methodname = _text(u, data)
    u._type = "methodName"


class Unmarshaller:

    dispatch = {
        "nil": _r_nil, "boolean": _r_bool,
        "i1": _r_int, "i2": _r_int, "i4": _r_int, "i8": _r_int, "int": _r_int, "biginteger": _r_int,
        "double": _r_float, "float": _r_float, "bigdecimal": _r_decimal,
        "string": _r_string, "name": _r_string,
        "array": _r_array, "struct": _r_struct, "base64": _r_base64,
        "dateTime.iso8601": _r_datetime, "value": _r_value,
        "params": _r_params, "fault": _r_fault, "methodName": _r_method,
    }

    def __init__(self, use_datetime=False, use_builtin_types=False):
        self._frames = [[]]
        self._type = None
        self._methodname = None
        self._text = []
        # true right after <value>, until a typed child starts
        self._bare = False
        self._encoding = "utf-8"
        self._use_bytes = use_builtin_types
        self._use_datetime = use_datetime or use_builtin_types

    def append(self, value):
        self._frames[-1].append(value)

    def xml(self, encoding, standalone):
        self._encoding = encoding

    def start(self, tag, attrs):
        name = _local(tag)
        if self._bare and name not in self.dispatch:
            raise ResponseError("unknown tag %r" % name)
        if name == "array" or name == "struct":
            self._frames.append([])
        self._bare = name == "value"
        self._text = []

    def data(self, text):
        self._text.append(text)

    def end(self, tag):
        return self.end_dispatch(tag, "".join(self._text))

    def end_dispatch(self, tag, data):
        handler = self.dispatch.get(tag) or self.dispatch.get(_local(tag))
        if handler is None:
            return None
        try:
            return handler(self, data)
        finally:
            self._bare = False

    def getmethodname(self):
        return self._methodname

    def close(self):
        # an unfinished array/struct or no recognised envelope is broken
        if self._type is None or len(self._frames) != 1:
            raise ResponseError()
        found = self._frames[0]
        if self._type == "fault":
            raise Fault(**found[0])
        return tuple(found)


class ExpatParser:
    # Connects an expat parser to a target with start/end/data/xml methods.

    def __init__(self, target):
        from xml.parsers import expat
        self._target = target
        self._parser = expat.ParserCreate(None, None)
        self._parser.StartElementHandler = target.start
        self._parser.EndElementHandler = target.end
        self._parser.CharacterDataHandler = target.data
        target.xml(None, None)

    def feed(self, data):
        self._parser.Parse(data, False)

    def close(self):
        parser = getattr(self, '_parser', None)
        if parser is None:
            return
        self._parser = self._target = None
        parser.Parse(b"", True)
