"""http.cookies: Set-Cookie and Cookie headers as CPython's module reads and
writes them: SimpleCookie (values quoted as needed), BaseCookie (values kept
as they are), Morsel (one name=value with its attributes) and CookieError.

Parsing takes the whole header or nothing: a string with an attribute before
any name=value, or a name without a value that is not a flag (Secure,
HttpOnly), leaves the cookie as it was. bottle and requests import Morsel
and SimpleCookie."""
import re
import string

__all__ = ['CookieError', 'BaseCookie', 'SimpleCookie']


class CookieError(Exception):
    pass


# Characters a value may hold without quotes; inside quotes, these and a
# few more stand for themselves, and anything else is written \ooo (octal),
# '"' and '\' with a backslash.
_LEGAL = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_PLAIN_IN_QUOTES = set(_LEGAL + ' ()/<=>?@[]{}')
_legal_key = re.compile('[%s]+$' % re.escape(_LEGAL))


def _is_legal_key(key):
    return _legal_key.match(key) is not None


def _quote_char(ch):
    if ch == '"' or ch == '\\':
        return '\\' + ch
    if ch in _PLAIN_IN_QUOTES or ord(ch) > 255:
        return ch
    return '\\%03o' % ord(ch)


def _quote(value):
    if value is None or _is_legal_key(value):
        return value
    return '"' + ''.join(_quote_char(ch) for ch in value) + '"'


def _unquote(value):
    # only a value in double quotes has escapes: \ooo (first digit 0-3)
    # is that byte's char, \x is x
    if value is None or len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return value
    text = value[1:-1]
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch != '\\' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        octal = text[i + 1:i + 4]
        if len(octal) == 3 and octal[0] in '0123' and octal[1] in '01234567' and octal[2] in '01234567':
            out.append(chr(int(octal, 8)))
            i += 4
        else:
            out.append(text[i + 1])
            i += 2
    return ''.join(out)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _getdate(future=0, weekdayname=_DAYS, monthname=_MONTHS):
    # an Expires date `future` seconds from now, in the cookie format
    import time
    t = time.gmtime(time.time() + future)
    return '%s, %02d %3s %4d %02d:%02d:%02d GMT' % (
        weekdayname[t[6]], t[2], monthname[t[1]], t[0], t[3], t[4], t[5])


class Morsel(dict):
    """One cookie: key, value and coded_value (as sent), and as dict items
    its attributes (all present, '' when unset)."""
    _reserved = {
        'expires': 'expires', 'path': 'Path', 'comment': 'Comment', 'domain': 'Domain',
        'max-age': 'Max-Age', 'secure': 'Secure', 'httponly': 'HttpOnly', 'version': 'Version',
        'samesite': 'SameSite',
    }
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, '')

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def _attribute(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError('Invalid attribute %r' % (name,))
        return name

    def __setitem__(self, name, value):
        dict.__setitem__(self, self._attribute(name), value)

    def setdefault(self, name, value=None):
        return dict.setdefault(self, self._attribute(name), value)

    def update(self, values):
        checked = {}
        for name, value in dict(values).items():
            checked[self._attribute(name)] = value
        dict.update(self, checked)

    def __eq__(self, other):
        if not isinstance(other, Morsel):
            return NotImplemented
        return (dict.__eq__(self, other) and self._key == other._key and self._value == other._value
                and self._coded_value == other._coded_value)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def copy(self):
        other = Morsel()
        dict.update(other, self)
        other._key, other._value, other._coded_value = self._key, self._value, self._coded_value
        return other

    def isReservedKey(self, name):
        return name.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key, self._value, self._coded_value = state['key'], state['value'], state['coded_value']

    def __reduce_ex__(self, protocol):
        return (Morsel, (), self.__getstate__(), None, iter(dict.items(self)))

    def output(self, attrs=None, header='Set-Cookie:'):
        return '%s %s' % (header, self.OutputString(attrs))

    def __str__(self):
        return self.output()

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        return '''
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        ''' % self.OutputString(attrs).replace('"', '\\"')

    def OutputString(self, attrs=None):
        parts = ['%s=%s' % (self._key, self._coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, value in sorted(self.items()):
            if value == '' or name not in attrs:
                continue
            label = self._reserved[name]
            if name == 'expires' and isinstance(value, int):
                parts.append('%s=%s' % (label, _getdate(value)))
            elif name == 'max-age' and isinstance(value, int):
                parts.append('%s=%d' % (label, value))
            elif name == 'comment' and isinstance(value, str):
                parts.append('%s=%s' % (label, _quote(value)))
            elif name in self._flags:
                if value:
                    parts.append(str(label))
            else:
                parts.append('%s=%s' % (label, value))
        return '; '.join(parts)


# One name[=value] of a header: a quoted value, an Expires date (which has
# a comma and spaces), or a plain word; then spaces, and ';', a space or
# the end.
_KEY_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CHARS = _KEY_CHARS + r'\[\]'
_pair = re.compile(
    r'\s*(?P<key>[' + _KEY_CHARS + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _VALUE_CHARS + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """Morsels by name. value_decode/value_encode turn a value as sent into
    (value, coded value) and back; here both keep it as it is."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _set_morsel(self, key, value, coded):
        morsel = self.get(key, Morsel())
        morsel.set(key, value, coded)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self._set_morsel(key, real, coded)

    def output(self, attrs=None, header='Set-Cookie:', sep='\r\n'):
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    def __str__(self):
        return self.output()

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__,
                             ' '.join('%s=%r' % (key, morsel.value) for key, morsel in sorted(self.items())))

    def js_output(self, attrs=None):
        return ''.join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        if isinstance(rawdata, str):
            self._parse(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse(self, text):
        # the whole header is checked before any of it is applied
        items = []  # (morsel name or None for an attribute, name, value)
        seen_pair = False
        pos, end = 0, len(text)
        while pos < end:
            m = _pair.match(text, pos)
            if m is None:
                break
            key, val = m.group('key'), m.group('val')
            pos = m.end(0)
            if key[0] == '$':
                # $Version and the like: about the header, before any cookie
                if seen_pair:
                    items.append((False, key[1:], val))
            elif key.lower() in Morsel._reserved:
                if not seen_pair:
                    return
                if val is None:
                    if key.lower() not in Morsel._flags:
                        return
                    items.append((False, key, True))
                else:
                    items.append((False, key, _unquote(val)))
            elif val is not None:
                items.append((True, key, self.value_decode(val)))
                seen_pair = True
            else:
                return
        morsel = None
        for is_pair, key, val in items:
            if is_pair:
                self._set_morsel(key, val[0], val[1])
                morsel = self[key]
            else:
                morsel[key] = val


class SimpleCookie(BaseCookie):
    """Values are strings, quoted when sent if they need it."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
