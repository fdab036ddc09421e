"""MIME header parameters (Content-Type: text/plain; charset="utf-8") for
the email package: splitting a value at its ';' (not inside quotes),
RFC 2231 continuations and charset'language'text values put back together
(utils.decode_params), formatting one parameter as set_param writes it,
and the decoded (name, text) pairs the header objects of the default
policy hold."""
import re

_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')
_CONT = re.compile(r'^(\w+)\*(([0-9]+)\*?)?$')


def split_param(s):
    """['text/plain', 'charset=utf-8', ...]: names lowered, spaces around
    '=' dropped."""
    s = ';' + str(s)
    out = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        f = s[:end]
        if '=' in f:
            i = f.index('=')
            f = f[:i].strip().lower() + '=' + f[i + 1:].strip()
        out.append(f.strip())
        s = s[end:]
    return out


def params_of(value):
    """Message._get_params_preserve: (name, raw value) pairs, decoded."""
    pairs = []
    for p in split_param(value):
        if '=' in p:
            name, val = p.split('=', 1)
            pairs.append((name.strip(), val.strip()))
        else:
            pairs.append((p.strip(), ''))
    return decode_params(pairs)


def decode_params(params):
    from email.utils import unquote, quote, decode_rfc2231
    from urllib.parse import unquote_to_bytes
    out = [params[0]]
    cont = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        mo = _CONT.match(name)
        if mo:
            base, num = mo.group(1), mo.group(3)
            if num is not None:
                num = int(num)
            if base not in cont:
                cont[base] = []
                order.append(base)
            cont[base].append((num if num is not None else -1, value, encoded))
        else:
            out.append((name, '"%s"' % quote(value)))
    for name in order:
        pieces = sorted(cont[name], key=lambda t: t[0])
        extended = False
        text = []
        for num, s, encoded in pieces:
            if encoded:
                # (urllib.parse.unquote here ignores its encoding)
                s = unquote_to_bytes(s.encode('utf-8')).decode('latin-1')
                extended = True
            text.append(s)
        value = quote(''.join(text))
        if extended:
            charset, language, value = decode_rfc2231(value)
            out.append((name, (charset, language, '"%s"' % value)))
        else:
            out.append((name, '"%s"' % value))
    return out


def collapse_value(value, errors='replace', fallback_charset='us-ascii'):
    from email.utils import unquote
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    raw = text.encode('latin-1', 'replace')
    try:
        return raw.decode(charset, errors)
    except LookupError:
        return unquote(text)


def collapse(pairs):
    """The (name, text) pairs of parse_params' result, values decoded."""
    from email.utils import unquote
    out = []
    for name, value in pairs:
        if isinstance(value, tuple):
            value = collapse_value((value[0], value[1], unquote(value[2])))
        else:
            value = unquote(value)
        out.append((name, value))
    return out


def parse_params(text):
    """Parameters of the text after a MIME value's first ';'."""
    pairs = params_of('x;' + text)[1:]
    return [(n, v) for n, v in pairs if n]


def format_param(param, value=None, quote=True):
    """param=value as Message.set_param writes it."""
    from email.utils import encode_rfc2231, quote as _q
    if value is not None and len(value) > 0:
        if isinstance(value, tuple):
            param += '*'
            value = encode_rfc2231(value[2], value[0], value[1])
            return '%s=%s' % (param, value)
        if any(ord(c) > 127 for c in value):
            param += '*'
            value = encode_rfc2231(value, 'utf-8', '')
            return '%s=%s' % (param, value)
        if quote or _TSPECIALS.search(value):
            return '%s="%s"' % (param, _q(value))
        return '%s=%s' % (param, value)
    return param
