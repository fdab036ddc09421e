"""string: the character-class constants, capwords, Template (substitute,
safe_substitute, get_identifiers, is_valid) and a basic Formatter."""
import re as _re

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w[:1].upper() + w[1:].lower() for w in s.split(sep))


def _ident(s, i):
    j = i
    while j < len(s) and (s[j].isalpha() or s[j].isdigit() or s[j] == '_' or ord(s[j]) > 127):
        j += 1
    if j > i and s[i].isdigit():
        return i
    return j


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, fn):
        # Yields literal text and the results of fn(kind, name, start, end).
        s, d = self.template, self.delimiter
        out, i, n = [], 0, len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                e = s.find('}', k)
                name = s[k + 1:e] if e > 0 else ''
                if e > 0 and name and _ident(name, 0) == len(name):
                    out.append(fn('braced', name, j, e + 1))
                    i = e + 1
                    continue
            else:
                e = _ident(s, k)
                if e > k:
                    out.append(fn('named', s[k:e], j, e))
                    i = e
                    continue
            out.append(fn('invalid', None, j, k))
            i = k
        return ''.join(out)

    def _pos(self, j):
        lines = self.template[:j].split('\n')
        return len(lines), len(lines[-1]) + 1

    def substitute(self, mapping=None, **kw):
        m = dict(mapping or {}, **kw) if kw else (mapping or {})

        def f(kind, name, j, e):
            if kind == 'invalid':
                raise ValueError('Invalid placeholder in string: line %d, col %d' % self._pos(j))
            return str(m[name])
        return self._scan(f)

    def safe_substitute(self, mapping=None, **kw):
        m = dict(mapping or {}, **kw) if kw else (mapping or {})

        def f(kind, name, j, e):
            if kind != 'invalid' and name in m:
                return str(m[name])
            return self.template[j:e]
        return self._scan(f)

    def get_identifiers(self):
        ids = []

        def f(k, n, j, e):
            if n and n not in ids:
                ids.append(n)
            return ''
        self._scan(f)
        return ids

    def is_valid(self):
        ok = [True]

        def f(k, n, j, e):
            if k == 'invalid':
                ok[0] = False
            return ''
        self._scan(f)
        return ok[0]


class Formatter:
    def format(self, fmt, *args, **kw):
        return self.vformat(fmt, args, kw)

    def vformat(self, fmt, args, kw):
        return fmt.format(*args, **kw)

    def parse(self, fmt):
        raise NotImplementedError('string.Formatter.parse')
