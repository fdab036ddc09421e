"""fnmatch: shell-style wildcard matching (*, ?, [seq], [!seq]), translated to
a regular expression as CPython 3.11's translate() makes it (runs of * as
one, atomic groups, [z-a] matching nothing, DOTALL: * and ? match a newline
too). Case-sensitive, as on POSIX; str or bytes."""
import re
import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Compiled matchers keyed by (type, pattern): str and bytes patterns with
# equal text must not share an entry.
_matchers = {}
_MAX_MATCHERS = 32768


def _matcher(pat):
    key = (type(pat), pat)
    found = _matchers.get(key)
    if found is not None:
        return found
    if isinstance(pat, bytes):
        # latin-1 maps every byte to one code point and back unchanged.
        source = translate(pat.decode('latin-1')).encode('latin-1')
    else:
        source = translate(pat)
    if len(_matchers) >= _MAX_MATCHERS:
        _matchers.clear()
    found = re.compile(source).match
    _matchers[key] = found
    return found


def fnmatch(name, pat):
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def filter(names, pat):
    test = _matcher(os.path.normcase(pat))
    norm = os.path.normcase
    return [n for n in names if test(norm(n))]


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


_SET_OPS = re.compile(r'([&~|])')


def _ranges(body, negated):
    # Split a bracket body at the hyphens that form ranges.  A hyphen right
    # after '[' or '[!' is literal, and so is one directly following a range
    # (the search resumes two characters past the previous range hyphen).
    pieces = []
    start = 0
    pos = 2 if negated else 1
    while True:
        dash = body.find('-', pos)
        if dash < 0:
            break
        pieces.append(body[start:dash])
        start = dash + 1
        pos = dash + 3
    tail = body[start:]
    if tail:
        pieces.append(tail)
    else:
        # a trailing '-' is a literal member
        pieces[-1] = pieces[-1] + '-'
    # Drop reversed ranges such as z-a (the re module rejects them): glue
    # the neighbours together without the two range ends.  Walking from the
    # right keeps the earlier indexes valid while pieces are removed.
    idx = len(pieces) - 1
    while idx > 0:
        left, right = pieces[idx - 1], pieces[idx]
        if left[-1] > right[0]:
            pieces[idx - 1] = left[:-1] + right[1:]
            pieces.pop(idx)
        idx -= 1
    # Inside a piece, backslash and '-' are literal characters; escaping the
    # hyphen also keeps re from seeing a '--' set operation.
    return '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)


def _bracket(pat, start):
    # Regex for the class opening at pat[start] == '[' and the index after
    # it; None when there is no closing bracket.
    first = start + 1
    end = first
    if pat[end:end + 1] == '!':
        end += 1
    # a ']' right at the start belongs to the set
    if pat[end:end + 1] == ']':
        end += 1
    end = pat.find(']', end)
    if end < 0:
        return None, first
    body = pat[first:end]
    if '-' in body:
        body = _ranges(body, body[:1] == '!')
    else:
        body = body.replace('\\', '\\\\')
    body = _SET_OPS.sub(r'\\\1', body)
    if body == '':
        out = '(?!)'  # nothing can match an empty set
    elif body == '!':
        out = '.'
    elif body[0] == '!':
        out = '[^' + body[1:] + ']'
    elif body[0] in '^[':
        out = '[\\' + body + ']'
    else:
        out = '[' + body + ']'
    return out, end + 1


def translate(pat):
    # The pattern is cut at its stars into literal stretches; consecutive
    # stars count as one.
    stretches = [[]]
    i = 0
    size = len(pat)
    while i < size:
        ch = pat[i]
        if ch == '*':
            if len(stretches) == 1 or stretches[-1]:
                stretches.append([])
            i += 1
            continue
        if ch == '?':
            stretches[-1].append('.')
            i += 1
        elif ch == '[':
            piece, i = _bracket(pat, i)
            stretches[-1].append('\\[' if piece is None else piece)
        else:
            stretches[-1].append(re.escape(ch))
            i += 1
    parts = [''.join(s) for s in stretches]
    out = parts[0]
    if len(parts) > 1:
        # Each inner star-stretch pair becomes an atomic lazy group so the
        # match never backtracks into it (no exponential blow-up on many
        # stars); the last star is a plain greedy .*.  The result stays
        # self-contained so callers can join several with '|'.
        for mid in parts[1:-1]:
            out += '(?>.*?' + mid + ')'
        out += '.*' + parts[-1]
    return '(?s:' + out + ')\\Z'
