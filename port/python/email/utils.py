"""email.utils: RFC 2822 dates and addresses as CPython 3.11 handles them:
formatdate, format_datetime, localtime, parsedate, parsedate_tz,
parsedate_to_datetime, mktime_tz (the same lenient date parser, with its
obsolete zone names, two-digit years and RFC 850 dates), parseaddr,
getaddresses (the same RFC 822 address-list parser, quirks included),
formataddr, quote, unquote, make_msgid, encode_rfc2231, decode_rfc2231.

Local time is UTC (WASI has no time zones): localtime() and
formatdate(localtime=True) give +0000, as on a CI runner. make_msgid's
default domain is 'localhost' (there is no socket.getfqdn). formataddr
encodes a non-ASCII name in any charset whose codec pywasm's codecs module
has (the others raise what codecs raises for them); an email.charset.Charset
object raises NotImplementedError. decode_params and
collapse_rfc2231_value of a (charset, language, text) tuple raise
NotImplementedError (they serve email.message, which is not here)."""
import time as _time
import datetime as _dt

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231', 'formataddr',
           'formatdate', 'format_datetime', 'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
           'parsedate_tz', 'parsedate_to_datetime', 'unquote']

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


# ---- dates ----

# month names the parser knows, short then long: index % 12 is the month
_MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'january',
                'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
                'november', 'december']
_DAY_WORDS = ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')
# RFC 822's zone names, as hhmm offsets
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _words_of(data):
    """The date's words, day name dropped and zone split off, padded to
    five (day, month, year, time, zone); None when there are too few."""
    words = data.split()
    if not words:
        return None
    head = words[0]
    if head.endswith(',') or head.lower() in _DAY_WORDS:
        del words[0]
    else:
        # "Mon,1 Jan ...": the day name glued on by its comma
        words[0] = head[head.rfind(',') + 1:]
    if len(words) == 3:
        # RFC 850: 01-Jan-20 10:00:00 GMT
        parts = words[0].split('-')
        if len(parts) == 3:
            words = parts + words[1:]
    if len(words) == 4:
        # a zone glued to the time ("10:00+0100"), or no zone at all
        last = words[3]
        cut = last.find('+')
        if cut == -1:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    return words[:5] if len(words) >= 5 else None


def _zone_seconds(tz):
    tz = tz.upper()
    if tz in _ZONES:
        off = _ZONES[tz]
    else:
        try:
            off = int(tz)
        except ValueError:
            return None
        if off == 0 and tz.startswith('-'):
            return None  # -0000: RFC 2822's "zone unknown"
    sign = -1 if off < 0 else 1
    off = abs(off)
    return sign * (off // 100 * 3600 + off % 100 * 60)


def _parsedate_tz(data):
    """[year, month, day, h, m, s, 0, 1, -1, offset in seconds or None], or
    None when data is not a date."""
    if not data:
        return None
    words = _words_of(data)
    if words is None:
        return None
    dd, mm, yy, tm, tz = words
    if not (dd and mm and yy):
        return None
    if mm.lower() not in _MONTH_WORDS:
        dd, mm = mm, dd  # "Jan 1 2020"
        if mm.lower() not in _MONTH_WORDS:
            return None
    month = _MONTH_WORDS.index(mm.lower()) % 12 + 1
    if dd[-1] == ',':
        dd = dd[:-1]
    if yy.find(':') > 0:
        yy, tm = tm, yy  # asctime order: time before year
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy  # zone before year
    if tm[-1] == ',':
        tm = tm[:-1]
    hms = tm.split(':')
    if len(hms) == 1 and '.' in hms[0]:
        hms = hms[0].split('.')  # 10.30.00, as some mailers write it
    if len(hms) == 2:
        hms.append('0')
    if len(hms) != 3:
        return None
    try:
        yy, dd = int(yy), int(dd)
        hh, mi, ss = int(hms[0]), int(hms[1]), int(hms[2])
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    return [yy, month, dd, hh, mi, ss, 0, 1, -1, _zone_seconds(tz)]


def parsedate_tz(data):
    t = _parsedate_tz(data)
    if not t:
        return None
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    t = parsedate_tz(data)
    return t[:9] if isinstance(t, tuple) else t


def parsedate_to_datetime(data):
    t = _parsedate_tz(data)
    if t is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    if t[9] is None:
        return _dt.datetime(*t[:6])
    return _dt.datetime(*t[:6], tzinfo=_dt.timezone(_dt.timedelta(seconds=t[9])))


def mktime_tz(data):
    if data[9] is None:
        return _time.mktime(data[:8] + (-1,))  # local time, which is UTC here
    import calendar
    return calendar.timegm(data) - data[9]


def _stamp(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (_DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1], tt[0], tt[3], tt[4],
                                                   tt[5], zone)


def format_datetime(dt, usegmt=False):
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != _dt.timezone.utc:
            raise ValueError('usegmt option requires a UTC datetime')
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime('%z')
    return _stamp(tt, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    if timeval is None:
        timeval = _time.time()
    if localtime or usegmt:
        dt = _dt.datetime.fromtimestamp(timeval, _dt.timezone.utc)
    else:
        dt = _dt.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


# CPython's local zone as astimezone() names it on a UTC machine
_LOCAL = _dt.timezone(_dt.timedelta(0), 'UTC')


def localtime(dt=None, isdst=-1):
    if dt is None:
        return _dt.datetime.now(_LOCAL)
    if dt.tzinfo is None:
        return dt.replace(tzinfo=_LOCAL)  # naive means local, and local is UTC
    return dt.astimezone(_LOCAL)


def make_msgid(idstring=None, domain=None):
    import os
    import random
    stamp = int(_time.time() * 100)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = 'localhost'
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), random.getrandbits(64), idstring, domain)


# ---- quoting and RFC 2231 ----

def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def encode_rfc2231(s, charset=None, language=None):
    from urllib.parse import quote as _urlquote
    s = _urlquote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


def decode_rfc2231(s):
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    from email._params import collapse_value
    return collapse_value(value, errors, fallback_charset)


def decode_params(params):
    from email._params import decode_params as _decode
    return _decode(params)


# ---- addresses ----

from email._addrlist import AddressList as _AddressList  # noqa: E402

# characters that make formataddr quote a display name
_NAME_SPECIALS = '[]\\()<>@,:;".'


def parseaddr(addr):
    found = _AddressList(addr).addresslist
    return found[0] if found else ('', '')


def getaddresses(fieldvalues):
    return _AddressList(COMMASPACE.join(str(v) for v in fieldvalues)).addresslist


def formataddr(pair, charset='utf-8'):
    name, address = pair
    address.encode('ascii')  # an address must be ASCII: UnicodeEncodeError if not
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        from email._addrlist import encoded_word
        return '%s <%s>' % (encoded_word(name, charset), address)
    q = '"' if any(ch in _NAME_SPECIALS for ch in name) else ''
    return '%s%s%s <%s>' % (q, quote(name), q, address)
