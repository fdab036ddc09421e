"""html: escape(s, quote=True) and unescape(s), as in CPython 3.11.

unescape replaces character references as CPython does: decimal and
hexadecimal ones (with or without the trailing ';', the Windows-1252 meaning
of &#128;-&#159;, U+FFFD for 0, surrogates and numbers past U+10FFFF, and
dropping the code points HTML forbids), and the named references of
html.entities.html5, where the longest known name at the start of an
unknown one is replaced ('&ampx' -> '&x', '&notit;' -> '\\xacit;').
_charref and _replace_charref are CPython's private pattern and re.sub
callback, which libraries (mistune) use directly. html.parser is the
HTMLParser (html/parser.py)."""

__all__ = ['escape', 'unescape']

# &#128;-&#159; mean the Windows-1252 characters of those bytes (five bytes
# have none: they stay themselves).
_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
           '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')

_html5 = None
_pattern = None


def escape(s, quote=True):
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


def _numeric(num):
    if 0x80 <= num <= 0x9F:
        return _CP1252[num - 0x80]
    if num == 0 or 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\ufffd'
    if num == 0xD:
        return '\r'
    # code points a reference must not produce are dropped: C0 and DEL
    # controls but tab, LF, FF (and CR, above), the noncharacters
    if num < 0x9 or num == 0xB or 0xE <= num <= 0x1F or num == 0x7F:
        return ''
    if 0xFDD0 <= num <= 0xFDEF or (num & 0xFFFE) == 0xFFFE:
        return ''
    return chr(num)


def _named(name):
    global _html5
    t = _html5
    if t is None:
        # the table is decoded on the first named reference, not at import
        from html.entities import html5
        t = _html5 = html5
    r = t.get(name)
    if r is not None:
        return r
    # the longest known prefix (of two characters or more) wins; only the
    # names that HTML5 accepts without ';' can match here
    for x in range(len(name) - 1, 1, -1):
        r = t.get(name[:x])
        if r is not None:
            return r + name[x:]
    return '&' + name


def _replace_charref(m):
    s = m.group(1)
    if s[0] != '#':
        return _named(s)
    s = s.rstrip(';')
    if s[1] in 'xX':
        return _numeric(int(s[2:], 16))
    return _numeric(int(s[1:]))


def _charref_pattern():
    # compiled on first use, so that importing html for escape() alone does
    # not import re; '&' then a reference, which group 1 holds
    global _pattern
    if _pattern is None:
        import re
        _pattern = re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')
    return _pattern


def __getattr__(name):
    if name == '_charref':
        return _charref_pattern()
    if name == 'entities':
        # CPython's html imports html.entities (for unescape), so
        # `import html` alone makes html.entities usable (ftfy relies on
        # it); here it is imported when first asked for
        import html.entities
        return html.entities
    raise AttributeError("module 'html' has no attribute '%s'" % name)


def unescape(s):
    if '&' not in s:
        return s
    return (_pattern or _charref_pattern()).sub(_replace_charref, s)
