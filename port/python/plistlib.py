"""plistlib: Apple property lists, XML and binary, as CPython 3.11 reads
and writes them.

loads(data, *, fmt=None, dict_type=dict) and load(fp, ...) read either
format (found from the first bytes when fmt is None, else
InvalidFileException('Invalid file')); dumps(value, *, fmt=FMT_XML,
skipkeys=False, sort_keys=True) and dump(value, fp, ...) write the bytes
CPython writes: the same XML text (tab indents, base64 lines as wide) and
the same binary layout (shared scalars, reference and offset sizes).
Values: dict (str keys), list and tuple, str, int (-2**63 to 2**64-1),
float, bool, bytes/bytearray, datetime.datetime (naive, UTC), and UID
(binary only, as in CPython). PlistFormat with FMT_XML and FMT_BINARY,
UID, InvalidFileException.

XML is read with our xml.etree.ElementTree parser, a line at a time so
that errors of structure name the line ("unexpected element at line 3")
as CPython's expat does. Not as CPython: XML that is not well-formed
raises xml.etree.ElementTree.ParseError (CPython: xml.parsers.expat
.ExpatError), and entity declarations are refused only in UTF-8 input."""
import binascii
import datetime
import enum
from io import BytesIO

__all__ = ['InvalidFileException', 'FMT_XML', 'FMT_BINARY', 'load', 'dump', 'loads', 'dumps',
           'UID']

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY

PLISTHEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

_EPOCH = datetime.datetime(2001, 1, 1)  # time zero of binary plists


class UID:
    """A reference number in NSKeyedArchiver data (binary plists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError('data must be an int')
        if data >= 1 << 64:
            raise ValueError('UIDs cannot be >= 2**64')
        if data < 0:
            raise ValueError('UIDs must be positive')
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.data)

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message='Invalid file'):
        ValueError.__init__(self, message)


# ---- XML

def _escape(text):
    for ch in text:
        if ch < ' ' and ch not in '\t\n\r':
            raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def _date_text(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (d.year, d.month, d.day, d.hour, d.minute, d.second)


def _parse_date(text):
    # YYYY[-MM[-DD[THH[:MM[:SS]]]]]Z: as many fields as are there
    fields = [text[0:4]]
    rest = text[4:]
    for sep in '--T::':
        if not rest.startswith(sep) or len(rest) < 3 or not rest[1:3].isdigit():
            break
        fields.append(rest[1:3])
        rest = rest[3:]
    if not rest.startswith('Z') or not fields[0].isdigit() or len(fields[0]) != 4:
        raise ValueError('invalid date: %r' % (text,))
    return datetime.datetime(*[int(f) for f in fields])


class _XMLWriter:
    def __init__(self, sort_keys, skipkeys):
        self.out = [PLISTHEADER]
        self.level = 0
        self.sort_keys, self.skipkeys = sort_keys, skipkeys

    def line(self, text):
        if text:
            self.out.append(b'\t' * self.level + (text.encode('utf-8') if isinstance(text, str) else text))
        self.out.append(b'\n')

    def element(self, tag, text=None):
        if text is None:
            self.line('<%s/>' % tag)
        else:
            self.line('<%s>%s</%s>' % (tag, _escape(text), tag))

    def document(self, value):
        self.line('<plist version="1.0">')
        self.value(value)
        self.line('</plist>')
        return b''.join(self.out)

    def value(self, value):
        if isinstance(value, str):
            self.element('string', value)
        elif value is True or value is False:
            self.element('true' if value else 'false')
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self.element('integer', '%d' % value)
        elif isinstance(value, float):
            self.element('real', repr(value))
        elif isinstance(value, dict):
            items = [(k, v) for k, v in (sorted(value.items()) if self.sort_keys else value.items())
                     if _string_key(k, self.skipkeys)]
            self.container('dict', items, True, not value)
        elif isinstance(value, (bytes, bytearray)):
            self.data(value)
        elif isinstance(value, datetime.datetime):
            self.element('date', _date_text(value))
        elif isinstance(value, (tuple, list)):
            self.container('array', value, False, not value)
        else:
            raise TypeError('unsupported type: %s' % type(value))

    def container(self, tag, items, keyed, empty):
        if empty:
            self.element(tag)
            return
        self.line('<%s>' % tag)
        self.level += 1
        for item in items:
            if keyed:
                self.element('key', item[0])
                item = item[1]
            self.value(item)
        self.level -= 1
        self.line('</%s>' % tag)

    def data(self, data):
        # base64 lines as wide as the indent leaves room for, at its level
        self.line('<data>')
        width = max(16, 76 - 8 * self.level) // 4 * 3
        for i in range(0, len(data), width):
            self.line(binascii.b2a_base64(bytes(data[i:i + width])).rstrip(b'\n'))
        self.line('</data>')


def _string_key(key, skipkeys):
    if isinstance(key, str):
        return True
    if skipkeys:
        return False
    raise TypeError('keys must be strings')


class _XMLReader:
    # The parser's target: builds values as elements end. line is the
    # line being fed, for the messages about structure.

    def __init__(self, dict_type):
        self.dict_type = dict_type
        self.stack = []
        self.key = None
        self.root = None
        self.text = []
        self.line = 1

    def start(self, tag, attrib):
        self.text = []
        if tag == 'dict':
            self.stack.append(self.add(self.dict_type()))
        elif tag == 'array':
            self.stack.append(self.add([]))

    def data(self, text):
        self.text.append(text)

    def take_text(self):
        text = ''.join(self.text)
        self.text = []
        return text

    def add(self, value):
        if self.key is not None:
            if not isinstance(self.stack[-1], dict):
                raise ValueError('unexpected element at line %d' % self.line)
            self.stack[-1][self.key] = value
            self.key = None
        elif not self.stack:
            self.root = value
        else:
            if not isinstance(self.stack[-1], list):
                raise ValueError('unexpected element at line %d' % self.line)
            self.stack[-1].append(value)
        return value

    def end(self, tag):
        if tag == 'dict':
            if self.key:
                raise ValueError("missing value for key '%s' at line %d" % (self.key, self.line))
            self.stack.pop()
        elif tag == 'array':
            self.stack.pop()
        elif tag == 'key':
            if self.key or not isinstance(self.stack[-1], dict):
                raise ValueError('unexpected key at line %d' % self.line)
            self.key = self.take_text()
        elif tag in ('true', 'false'):
            self.add(tag == 'true')
        elif tag == 'integer':
            raw = self.take_text()
            self.add(int(raw, 16) if raw[:2] in ('0x', '0X') else int(raw))
        elif tag == 'real':
            self.add(float(self.take_text()))
        elif tag == 'string':
            self.add(self.take_text())
        elif tag == 'data':
            self.add(binascii.a2b_base64(self.take_text().encode('utf-8')))
        elif tag == 'date':
            self.add(_parse_date(self.take_text()))


def _read_xml(data, dict_type):
    from xml.etree.ElementTree import XMLParser
    if b'<!ENTITY' in data:
        raise InvalidFileException('XML entity declarations are not supported in plist files')
    reader = _XMLReader(dict_type)
    parser = XMLParser(target=reader)
    for number, line in enumerate(data.splitlines(True), 1):
        reader.line = number
        parser.feed(line)
    parser.close()
    return reader.root


def _is_xml(header):
    starts = ('<?xml', '<plist')
    for bom, codec in ((b'', 'ascii'), (b'\xef\xbb\xbf', 'utf-8'), (b'\xfe\xff', 'utf-16-be'),
                       (b'\xff\xfe', 'utf-16-le')):
        for start in starts:
            if header.startswith(bom + start.encode(codec)):
                return True
    return False


# ---- the API

def load(fp, *, fmt=None, dict_type=dict):
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        if _is_xml(header):
            fmt = FMT_XML
        elif header[:8] == b'bplist00':
            fmt = FMT_BINARY
        else:
            raise InvalidFileException()
    if fmt is FMT_XML:
        return _read_xml(fp.read(), dict_type)
    if fmt is not FMT_BINARY:
        raise KeyError(fmt)
    from _plistlib_binary import BinaryReader
    fp.seek(0)
    try:
        return BinaryReader(fp.read(), dict_type).document()
    except (OSError, IndexError, OverflowError, ValueError):
        # any inconsistency of offsets, sizes or markers (CPython's struct
        # errors among them: ours are ValueError)
        raise InvalidFileException()


def loads(value, *, fmt=None, dict_type=dict):
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    fp.write(dumps(value, fmt=fmt, sort_keys=sort_keys, skipkeys=skipkeys))


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    if fmt is FMT_XML:
        return _XMLWriter(sort_keys, skipkeys).document(value)
    if fmt is FMT_BINARY:
        from _plistlib_binary import BinaryWriter
        return BinaryWriter(sort_keys, skipkeys).document(value)
    raise ValueError('Unsupported format: %r' % (fmt,))
