"""fnmatch: shell-style wildcard matching (*, ?, [seq], [!seq]), translated to
the built-in re. Case-sensitive, as on POSIX."""
import re
import os

_cache = {}


def translate(pat):
    i, n, out = 0, len(pat), ''
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            out += '.*'
        elif c == '?':
            out += '.'
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out += '\\['
            else:
                s = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if s[0] == '!':
                    s = '^' + s[1:]
                elif s[0] == '^':
                    s = '\\' + s
                out += '[' + s + ']'
        else:
            out += c if (c.isalpha() or c.isdigit() or c == '_' or ord(c) > 127) else '\\' + c
    return '(?s:' + out + ')\\Z'


def _rx(pat):
    r = _cache.get(pat)
    if r is None:
        # MicroPython's re has no (?s:) or \Z: anchor with $ instead.
        r = _cache[pat] = re.compile(translate(pat)[4:-3] + '$')
    return r


def fnmatchcase(name, pat):
    m = _rx(pat).match(name)
    return m is not None and m.group(0) == name


def fnmatch(name, pat):
    return fnmatchcase(os.path.normcase(name) if hasattr(os.path, 'normcase') else name, pat)


def filter(names, pat):
    return [n for n in names if fnmatchcase(n, pat)]
