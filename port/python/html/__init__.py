"""html: escape(s, quote=True) and unescape(s), as in CPython 3.11.

unescape handles decimal and hexadecimal character references exactly as
CPython (with or without the trailing ';', the Windows-1252 meaning of
&#128;-&#159;, U+FFFD for 0, surrogates and numbers past U+10FFFF, and
dropping the code points HTML forbids), and the named references of HTML 4
(the 252 names of html.entities, plus &apos;) with the values HTML5 gives
them. A name needs its ';' except the 106 legacy names HTML5 also accepts
without it (amp, lt, gt, quot, AMP, LT, GT, QUOT, COPY, REG and the Latin-1
names: nbsp, copy, eacute...); as in CPython the longest known name at the
start of an unknown one is replaced ('&ampx' -> '&x').

Differs: names that exist only in HTML5 (&check;, &NewLine;, &mldr;...)
are left as they are where CPython replaces them. html.parser is the
HTMLParser (html/parser.py)."""

_table = None

# &#128;-&#159; mean the Windows-1252 characters of those bytes (five bytes
# have none: they stay themselves).
_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
           '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')

# A name reference is up to 32 characters other than these, then maybe ';'.
_NAME_STOP = '\t\n\f <&#;'
_HEX = '0123456789abcdefABCDEF'
_DEC = '0123456789'


def escape(s, quote=True):
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


def _names():
    # name (with ';', and without it for the legacy ones) -> replacement
    global _table
    if _table is None:
        from html.entities import entitydefs
        t = {}
        for name, ch in entitydefs.items():
            t[name + ';'] = ch
        # HTML5 moved these two to the mathematical angle brackets.
        t['lang;'] = '\u27e8'
        t['rang;'] = '\u27e9'
        t['apos;'] = "'"
        for name in ('AMP', 'COPY', 'GT', 'LT', 'QUOT', 'REG'):
            t[name + ';'] = t[name.lower() + ';']
        for name, ch in list(t.items()):
            o = ord(ch)
            if 0xA0 <= o <= 0xFF or name in ('amp;', 'lt;', 'gt;', 'quot;', 'AMP;', 'GT;', 'LT;', 'QUOT;'):
                t[name[:-1]] = ch
        _table = t
    return _table


def _invalid(num):
    # code points a character reference must not produce: dropped
    if 0x1 <= num <= 0x8 or num == 0xB or 0xE <= num <= 0x1F or 0x7F <= num <= 0x9F:
        return True
    if 0xFDD0 <= num <= 0xFDEF:
        return True
    return (num & 0xFFFE) == 0xFFFE


def _numeric(num):
    if 0x80 <= num <= 0x9F:
        return _CP1252[num - 0x80]
    if num == 0:
        return '\ufffd'
    if num == 0xD:
        return '\r'
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\ufffd'
    if _invalid(num):
        return ''
    return chr(num)


def _named(s):
    t = _names()
    r = t.get(s)
    if r is not None:
        return r
    # the longest known prefix (of two characters or more) wins
    for x in range(len(s) - 1, 1, -1):
        r = t.get(s[:x])
        if r is not None:
            return r + s[x:]
    return '&' + s


def _span(s, i, n, chars, limit):
    # end of the run of chars starting at i (at most limit long; -1: none)
    j = i
    if chars is None:
        while j < n and j - i < limit and s[j] not in _NAME_STOP:
            j += 1
    else:
        while j < n and s[j] in chars:
            j += 1
    return j


def _reference(s, i, n):
    # s[i] is '&': return (replacement, end) or None if no reference starts here
    j = i + 1
    if j < n and s[j] == '#':
        j += 1
        if j < n and s[j] in 'xX':
            k = _span(s, j + 1, n, _HEX, 0)
            if k == j + 1:
                return None
            num = int(s[j + 1:k], 16)
        else:
            k = _span(s, j, n, _DEC, 0)
            if k == j:
                return None
            num = int(s[j:k])
        if k < n and s[k] == ';':
            k += 1
        return _numeric(num), k
    k = _span(s, j, n, None, 32)
    if k == j:
        return None
    if k < n and s[k] == ';':
        k += 1
    return _named(s[j:k]), k


def unescape(s):
    if '&' not in s:
        return s
    out = []
    i, n = 0, len(s)
    while True:
        a = s.find('&', i)
        if a < 0:
            out.append(s[i:])
            break
        out.append(s[i:a])
        r = _reference(s, a, n)
        if r is None:
            out.append('&')
            i = a + 1
        else:
            out.append(r[0])
            i = r[1]
    return ''.join(out)


__all__ = ['escape', 'unescape']
