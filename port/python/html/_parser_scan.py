"""The patterns of html.parser's tokenizer, and the scans that need no
handler: where a start tag ends and what its attributes are, where a
comment, marked section or script ends, what a reference is.

pywasm's regex engine decodes the whole string it is given on every call,
so no pattern is run on the parser's buffer itself: each call gets a slice
that is known to hold everything the pattern can look at."""
import re
from html import unescape

# A start tag is a name, then attributes, each of which must follow a
# quote, white space or '/'; a value comes after one or more '=' and is
# quoted or runs to white space or '>'. _TAG_PARTS is all of that as one
# pattern for findall(): (attribute, its name, its '=' part, the value in
# '', in "" or bare) or (tag name and the space after it, tag name) or,
# in no group, the rest of the text.
TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_TAG_PARTS = re.compile(r'(((?<=[\'"\s/])[^\s/>][^\s/=>]*)'
                        r'(\s*=+\s*(?:\'([^\']*)\'|"([^"]*)"|(?![\'"])([^>\s]*)))?(?:\s|/(?!>))*)'
                        r'|(([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*)|[\s\S]+')
END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
CHARREF = re.compile(r'&#([0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
ENTITYREF = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
SPACE_OR_SEMI = re.compile(r'[\s;]')
COMMENT_END = re.compile(r'--\s*>')
SECTION_NAME = re.compile(r'([a-zA-Z][-_.a-zA-Z0-9]*)\s*')
SECTION_END = re.compile(r']\s*]\s*>')
MS_SECTION_END = re.compile(r']\s*>')
ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

# Start and end tags already scanned, by their text.
_seen = {}
_seen_end = {}
_SEEN_MAX = 256

# How much of the buffer a pattern is first given.
NEAR = 64

_NAME_CHARS = '-.' + ASCII_LETTERS + '0123456789'
_ENTITY_RUN = re.compile(r'&[a-zA-Z][-.a-zA-Z0-9]*')
# After a slice that ends at a '>': a quoted value that runs on past that
# '>' reaches one of these, so the scan is seen to have left the slice.
_QUOTES = '\'"'


def close_at(rx, lead, buf, p):
    # where rx (lead, then only white space or name characters, then '>')
    # first matches in buf from p: (start, end), or None
    gt = -1
    while True:
        p = buf.find(lead, p)
        if p < 0:
            return None
        if gt < p:
            gt = buf.find('>', p)
            if gt < 0:
                return None
        m = rx.match(buf[p:min(gt + 1, p + NEAR)])
        if m is None and gt + 1 > p + NEAR:
            m = rx.match(buf[p:gt + 1])
        if m is not None:
            return p, p + m.end()
        p += 1


def reference_end(buf, k):
    # the character that ended a reference is kept unless it is ';'
    return k if buf[k - 1] == ';' else k - 1


def entity_at(buf, i, at_end):
    # the ENTITYREF match at buf[i], False for none, None when the name
    # runs to the end of buf and buf is not the end of the input
    n = len(buf)
    near = buf[i:i + NEAR]
    m = ENTITYREF.match(near)
    if near[-1] in _NAME_CHARS and _ENTITY_RUN.fullmatch(near):
        # the name fills the slice and may go on
        if len(near) == n - i:
            if not at_end:
                return None
        else:
            rest = buf[i:]
            m = ENTITYREF.match(rest)
            if not at_end and _ENTITY_RUN.fullmatch(rest):
                return None
    return m or False


def scan_start_tag(buf, i, at_end):
    # buf[i:i+2] is '<' and a letter. Returns None if the tag may go on past
    # buf, else (end, close, text, tag, attrs): close is '>' or '/>', or ''
    # when something else stops the attributes and the tag is only text.
    n = len(buf)
    e = buf.find('>', i + 1) + 1
    key = None
    if e > 0 and (e < n or not at_end):
        # pages repeat their tags: a tag up to its first '>' gives the
        # same answer wherever it is
        key = buf[i:e]
        r = _seen.get(key)
        if r is not None:
            return i + r[0], r[1], key[:r[0]], r[2], list(r[3])
    while True:
        if e <= 0 or (e >= n and at_end):
            if not at_end:
                return None
            w = buf[i:]
            whole = True
        else:
            w = buf[i:e] + _QUOTES
            whole = False
        # one call for the whole tag: its name, then each attribute, then
        # whatever stops them (the rest of w, in one piece)
        parts = _TAG_PARTS.findall(w, 1)
        tag = parts[0][7]
        k = 1 + len(parts[0][6])
        found = []
        for p in parts[1:]:
            if not p[0]:
                break
            found.append(p)
            k += len(p[0])
        if whole or k < e - i:
            break
        # a quoted value holds the '>': take up to a later one
        e = buf.find('>', i + 2 * (e - i)) + 1
        key = None
    c = w[k:k + 1]
    if c == '>':
        end = k + 1
    elif c == '/':
        end = k + 2
    elif c == '' or c == '=' or c in ASCII_LETTERS:
        # the input may end inside the tag, or inside an attribute
        return None
    else:
        end = k
        c = ''
    tag = tag.lower()
    attrs = []
    if c:
        for a in found:
            if a[2]:
                # one of the three is the value: quoted either way, or bare
                value = a[3] + a[4] + a[5]
                if value:
                    value = unescape(value)
            else:
                value = None
            attrs.append((a[1].lower(), value))
        c = w[k:end]
    if key is not None:
        if len(_seen) >= _SEEN_MAX:
            _seen.clear()
        _seen[key] = (end, c, tag, tuple(attrs))
    return i + end, c, w[:end], tag, attrs


def end_tag_name(t):
    # t is '</...>' up to its first '>': the lowercased name if it is a
    # well-formed end tag, else ''
    name = _seen_end.get(t)
    if name is None:
        m = END_TAG.match(t)
        name = '' if m is None else m.group(1).lower()
        if len(_seen_end) >= _SEEN_MAX:
            _seen_end.clear()
        _seen_end[t] = name
    return name
