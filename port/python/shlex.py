"""shlex: split (POSIX mode, with comments), quote and join. The shlex
lexer class supports POSIX-mode whitespace_split tokenising only."""

_SAFE = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_')


def quote(s):
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return ' '.join(quote(a) for a in split_command)


def _split(s, comments, posix):
    if not posix:
        raise NotImplementedError('shlex.split(posix=False)')
    out, cur, have, i, n = [], [], False, 0, len(s)
    while i < n:
        c = s[i]
        if c in ' \t\r\n':
            if have:
                out.append(''.join(cur))
                cur, have = [], False
            i += 1
        elif c == '#' and comments and not have:
            j = s.find('\n', i)
            i = n if j < 0 else j
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError('No closing quotation')
            cur.append(s[i + 1:j])
            have = True
            i = j + 1
        elif c == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                c = s[i]
                if c == '"':
                    break
                if c == '\\' and i + 1 < n and s[i + 1] in '\\"':
                    cur.append(s[i + 1])
                    i += 2
                    continue
                cur.append(c)
                i += 1
            have = True
            i += 1
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError('No escaped character')
            cur.append(s[i + 1])
            have = True
            i += 2
        else:
            cur.append(c)
            have = True
            i += 1
    if have:
        out.append(''.join(cur))
    return out


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError('s argument must not be None')
    return _split(s, comments, posix)


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if not posix or punctuation_chars:
            raise NotImplementedError('shlex.shlex: only posix=True, whitespace_split=True')
        self._s = instream if isinstance(instream, str) else instream.read()
        self.whitespace_split = True
        self.commenters = '#'
        self._toks = None

    def _t(self):
        if self._toks is None:
            self._toks = _split(self._s, bool(self.commenters), True)
        return self._toks

    def get_token(self):
        t = self._t()
        return t.pop(0) if t else None

    def __iter__(self):
        return iter(list(self._t()))
