# Helpers behind http.cookiejar: date conversion, header splitting and the
# RFC 2965 host/path/domain rules.  http.cookiejar re-exports all public names,
# since scripts (and libraries such as requests) import them from there.

import re

EPOCH_YEAR = 1970
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [m.lower() for m in MONTHS]
UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}


# ---- calendar arithmetic -------------------------------------------------
# Done by hand (proleptic Gregorian, days relative to 1970-01-01) rather than
# through time.gmtime, which cannot take times past 2038 here.

def _days_from_civil(y, m, d):
    y = y - (1 if m <= 2 else 0)
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z = z + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (1 if m <= 2 else 0), m, d


def _timegm(tt):
    # None for fields out of range, like CPython; a float second gives a
    # float result (http2time's strict path returns floats).
    year, month, mday, hour, minute, sec = tt[:6]
    if not (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31
            and 0 <= hour <= 24 and 0 <= minute <= 59 and 0 <= sec <= 61):
        return None
    days = _days_from_civil(year, month, 1) + mday - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + sec


def _utc_fields(t):
    # Broken-down UTC time the way datetime.utcfromtimestamp sees it:
    # fractions are rounded to microseconds before the seconds are taken.
    if t is None:
        import time
        t = time.time()
    whole = int(t)
    if whole != t:
        us = round((t - whole) * 1e6)
        if us >= 1000000:
            whole += 1
        elif us < 0:
            whole -= 1
    days, secs = divmod(whole, 86400)
    y, m, d = _civil_from_days(days)
    return y, m, d, secs // 3600, secs // 60 % 60, secs % 60, (days + 3) % 7


def time2isoz(t=None):
    """Return t (seconds since the epoch, default now) as 'YYYY-MM-DD hh:mm:ssZ' in UTC."""
    y, mo, d, h, mi, s, wd = _utc_fields(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (y, mo, d, h, mi, s)


def time2netscape(t=None):
    """Return t (seconds since the epoch, default now) as 'Wed, DD-Mon-YYYY HH:MM:SS GMT'."""
    y, mo, d, h, mi, s, wd = _utc_fields(t)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (
        DAYS[wd], d, MONTHS[mo - 1], y, h, mi, s)


_TZ_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def offset_from_tz_string(tz):
    if tz in UTC_ZONES:
        return 0
    m = _TZ_RE.search(tz)
    if m is None:
        return None
    sign, hours, mins = m.groups()
    off = 3600 * int(hours) + (60 * int(mins) if mins else 0)
    return -off if sign == "-" else off


def _str2time(day, mon, yr, hr, mi, sec, tz):
    yr = int(yr)
    if yr > 9999:
        return None
    low = mon.lower()
    if low in MONTHS_LOWER:
        mon = MONTHS_LOWER.index(low) + 1
    else:
        try:
            mon = int(mon)
        except ValueError:
            return None
        if not 1 <= mon <= 12:
            return None
    day = int(day)
    hr = int(hr) if hr is not None else 0
    mi = int(mi) if mi is not None else 0
    sec = int(sec) if sec is not None else 0
    if yr < 1000:
        # Two- (or three-) digit year: pick the century that puts it
        # nearest to the current year.
        import time
        now = time.localtime(time.time())[0]
        base = now - now % 100
        diff = now % 100 - yr
        yr = yr + base
        if diff > 50:
            yr += 100
        elif diff < -50:
            yr -= 100
    t = _timegm((yr, mon, day, hr, mi, sec, tz))
    if t is None:
        return None
    off = offset_from_tz_string((tz or "UTC").upper())
    if off is None:
        return None
    return t - off


_STRICT_DATE = re.compile(
    r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) (\d\d\d\d) "
    r"(\d\d):(\d\d):(\d\d) GMT$", re.ASCII)
_WEEKDAY = re.compile(r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*",
                      re.I | re.ASCII)
# day, month, year, optional clock, optional zone, optional "(zone)" comment
_LOOSE_DATE = re.compile(
    r"^(\d\d?)(?:\s+|[-/])(\w+)(?:\s+|[-/])(\d+)"
    r"(?:(?:\s+|:)(\d\d?):(\d\d)(?::(\d\d))?)?\s*"
    r"(?:([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)\s*)?"
    r"(?:\(\w+\)\s*)?$", re.ASCII)
_ISO_DATE = re.compile(
    r"^(\d{4})[-/]?(\d\d?)[-/]?(\d\d?)"
    r"(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)(?::?(\d\d(?:\.\d*)?))?)?\s*"
    r"(?:([-+]?\d\d?:?(:?\d\d)?|Z|z)\s*)?$", re.ASCII)


def http2time(text):
    """Seconds since the epoch for an HTTP-style date string, or None if it cannot be read.

    Accepts RFC 1123, RFC 850 and similar loose forms; a missing zone means UTC.
    """
    m = _STRICT_DATE.search(text)
    if m:
        g = m.groups()
        return _timegm((int(g[2]), MONTHS_LOWER.index(g[1].lower()) + 1,
                        int(g[0]), int(g[3]), int(g[4]), float(g[5])))
    text = _WEEKDAY.sub("", text.lstrip(), 1)
    m = _LOOSE_DATE.search(text)
    if m is None:
        return None
    day, mon, yr, hr, mi, sec, tz = m.groups()
    return _str2time(day, mon, yr, hr, mi, sec, tz)


def iso2time(text):
    """Like http2time, for ISO 8601 forms such as '1994-02-03 14:15:29 -0100' or '19940203T141529Z'."""
    m = _ISO_DATE.search(text.lstrip())
    if m is None:
        return None
    yr, mon, day, hr, mi, sec, tz = m.groups()[:7]
    return _str2time(day, mon, yr, hr, mi, sec, tz)


# ---- header parsing ------------------------------------------------------

def unmatched(match):
    """The string a match was made on, with the matched part removed."""
    a, b = match.span(0)
    return match.string[:a] + match.string[b:]


_H_TOKEN = re.compile(r"\s*([^=\s;,]+)")
_H_QUOTED = re.compile(r'\s*=\s*"((?:[^"\\]|\\.)*)"')
_H_VALUE = re.compile(r"\s*=\s*([^\s;,]*)")
_H_UNESCAPE = re.compile(r"\\(.)")
_H_JUNK = re.compile(r"[=\s;]*")


def split_header_words(header_values):
    r"""Split header values into lists of (key, value) pairs.

    ',' starts a new list, ';' or white space separates pairs, a lone token
    has the value None and quoted values are unescaped:

    >>> split_header_words(['sid="a;b"; secure, lang=en'])
    [[('sid', 'a;b'), ('secure', None)], [('lang', 'en')]]
    """
    assert not isinstance(header_values, str)
    result = []
    for text in header_values:
        pairs = []
        pos = 0
        end = len(text)
        while pos < end:
            m = _H_TOKEN.match(text, pos)
            if m:
                name = m.group(1)
                pos = m.end()
                q = _H_QUOTED.match(text, pos)
                if q:
                    value = _H_UNESCAPE.sub(r"\1", q.group(1))
                    pos = q.end()
                else:
                    v = _H_VALUE.match(text, pos)
                    if v:
                        value = v.group(1).rstrip()
                        pos = v.end()
                    else:
                        value = None
                pairs.append((name, value))
                continue
            rest = text[pos:].lstrip()
            if rest.startswith(","):
                # several headers folded into one value (RFC 2616 4.2)
                pos = end - len(rest) + 1
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                j = _H_JUNK.match(text, pos).end()
                assert j > pos, "split_header_words: cannot parse %r" % text
                pos = j
        if pairs:
            result.append(pairs)
    return result


_WORD = re.compile(r"^\w+$")
_NEEDS_ESCAPE = re.compile(r'(["\\])')


def join_header_words(lists):
    """Roughly the inverse of split_header_words, quoting values that are not plain words.

    >>> join_header_words([[("sid", "a b"), ("secure", None)], [("n", "1")]])
    'sid="a b"; secure, n=1'
    """
    out = []
    for pairs in lists:
        parts = []
        for k, v in pairs:
            if v is not None:
                if not _WORD.search(v):
                    v = '"' + _NEEDS_ESCAPE.sub(r"\\\1", v) + '"'
                k = k + "=" + v
            parts.append(k)
        if parts:
            out.append("; ".join(parts))
    return ", ".join(out)


def strip_quotes(text):
    # One '"' comes off each end, each end on its own (a lone quote too).
    if text[:1] == '"':
        text = text[1:]
    return text[:-1] if text.endswith('"') else text


_NS_KNOWN = ("expires", "domain", "path", "secure", "version", "port", "max-age")


def parse_ns_headers(ns_headers):
    """Parse Netscape (and RFC 2109) Set-Cookie values into lists of (key, value) pairs.

    Split on ';' only, so an unquoted ',' in an Expires date survives.
    Expires becomes seconds since the epoch; ('version', '0') is appended when
    no Version attribute was given.
    """
    result = []
    for header in ns_headers:
        pairs = []
        has_version = False
        for i, param in enumerate(header.split(";")):
            key, sep, val = param.strip().partition("=")
            key = key.strip()
            if not key:
                if i == 0:
                    break
                continue
            val = val.strip() if sep else None
            if i:
                if key.lower() in _NS_KNOWN:
                    key = key.lower()
                if key == "version":
                    has_version = True
                    if val is not None:
                        val = strip_quotes(val)
                elif key == "expires" and val is not None:
                    val = http2time(strip_quotes(val))
            pairs.append((key, val))
        if pairs:
            if not has_version:
                pairs.append(("version", "0"))
            result.append(pairs)
    return result


# ---- hosts, domains and paths ---------------------------------------------

IPV4_RE = re.compile(r"\.\d+$", re.ASCII)
cut_port_re = re.compile(r":\d+$", re.ASCII)
HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def is_HDN(text):
    """True if text looks like a host domain name (not an IPv4 address, no leading/trailing dot)."""
    if IPV4_RE.search(text) or not text:
        return False
    return not (text[0] == "." or text[-1] == ".")


def domain_match(A, B):
    """RFC 2965 domain-match: equal (case-insensitively), or A is 'N' + B with B = '.' + a host name."""
    host, dom = A.lower(), B.lower()
    if host == dom:
        return True
    # As in CPython, B only has to occur somewhere after A's first
    # character (rfind), not necessarily at its end.
    return (dom.startswith(".") and is_HDN(host) and host.rfind(dom) > 0
            and is_HDN(dom[1:]))


def liberal_is_HDN(text):
    """Looser is_HDN used for the user's blocked/allowed domain lists."""
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """Match for blocked/allowed lists: '.x.com' matches any host ending in it, 'x.com' only itself."""
    A = A.lower()
    B = B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    if B.startswith("."):
        return A.endswith(B)
    return A == B


def request_host(request):
    """Lower-cased request-host (RFC 2965), without any port."""
    from urllib.parse import urlparse
    host = urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """(request-host, effective request-host); a dotless name gets '.local' appended."""
    host = request_host(request)
    if "." not in host and not IPV4_RE.search(host):
        return host, host + ".local"
    return host, host


def uppercase_escaped_char(match):
    return "%" + match.group(1).upper()


def escape_path(path):
    """Percent-quote characters not allowed in an HTTP path and upper-case every %xx escape."""
    from urllib.parse import quote
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char, quote(path, HTTP_PATH_SAFE))


def request_path(request):
    """Path of the request-URI (escaped, always starting with '/')."""
    from urllib.parse import urlsplit
    path = escape_path(urlsplit(request.get_full_url()).path)
    if not path.startswith("/"):
        path = "/" + path
    return path


def request_port(request):
    """Port of request.host as a string ('80' when none), or None if it is not numeric."""
    host = request.host
    i = host.find(":")
    if i < 0:
        return "80"
    port = host[i + 1:]
    try:
        int(port)
    except ValueError:
        return None
    return port


def reach(h):
    """Reach of a host (RFC 2965): 'www.acme.com' -> '.acme.com', 'acme.com' unchanged, 'a.local' -> '.local'."""
    i = h.find(".")
    if i >= 0:
        b = h[i + 1:]
        if is_HDN(h) and ("." in b or b == "local"):
            return "." + b
    return h


def is_third_party(request):
    """True if the request host does not domain-match the reach of the origin host."""
    return not domain_match(request_host(request), reach(request.origin_req_host))
