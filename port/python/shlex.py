"""shlex: split (with comments; posix=False too), quote and join, and the
shlex lexer class: POSIX and compatibility modes, whitespace_split,
punctuation_chars, commenters/wordchars/quotes/escape as attributes the
caller may change, push_token, lineno, error_leader and source inclusion
through sourcehook. split() in POSIX mode takes a direct path over the
string (the lexer reads one character at a time, which is slow here)."""
import sys

_SAFE = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_')


def quote(s):
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return ' '.join(quote(a) for a in split_command)


def _split(s, comments):
    # POSIX mode with whitespace_split, as the lexer does it: a comment
    # character ends the word it is in too (CPython checks commenters before
    # word characters), and '' or "" is a word of its own.
    out, cur, have, i, n = [], [], False, 0, len(s)
    while i < n:
        c = s[i]
        if c in ' \t\r\n':
            if have:
                out.append(''.join(cur))
                cur, have = [], False
            i += 1
        elif c == '#' and comments:
            if have:
                out.append(''.join(cur))
                cur, have = [], False
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
                if c == '\\':
                    if i + 1 >= n:
                        raise ValueError('No escaped character')
                    if s[i + 1] not in '\\"':
                        cur.append(c)
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
    if posix:
        return _split(s, comments)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


_LATIN1_LETTERS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                   'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')

# The lexer's states, besides a quote or escape character (the state is
# then that character, as CPython's is, since callers look at .state):
_IDLE, _WORD, _PUNCT = ' ', 'a', 'c'


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            import io
            instream = io.StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        # POSIX mode has no end-of-file token string: get_token gives None.
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
        if posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _IDLE
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read past a run of punctuation, given back.
            self._pending = []
            # Command-line words keep these, so that 'a/b.c~' is one token.
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            import io
            newstream = io.StringIO(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.pop(0)
        self.state = _IDLE

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    self.push_source(spec[1], spec[0])
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pending:
            return self._pending.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        after_escape = _IDLE
        tok = self.token
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            st = self.state
            if st is None:
                # Already past the end: every further read is empty.
                tok = ''
                break
            if st == _IDLE:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if tok or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    after_escape = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    tok = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    tok = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not self.posix:
                        tok = ch
                    self.state = ch
                elif self.whitespace_split:
                    tok = ch
                    self.state = _WORD
                else:
                    # Any other character is a token by itself.
                    tok = ch
                    if tok or (self.posix and quoted):
                        break
            elif st in self.quotes:
                quoted = True
                if not ch:
                    self.token = ''
                    raise ValueError('No closing quotation')
                if ch == st:
                    if not self.posix:
                        # Compatibility mode keeps the quotes and ends the
                        # token at the closing one.
                        tok += ch
                        self.state = _IDLE
                        break
                    self.state = _WORD
                elif self.posix and ch in self.escape and st in self.escapedquotes:
                    after_escape = st
                    self.state = ch
                else:
                    tok += ch
            elif st in self.escape:
                if not ch:
                    self.token = ''
                    raise ValueError('No escaped character')
                # Inside quotes, only the quote and the escape itself are
                # escaped: elsewhere the backslash stays.
                if after_escape in self.quotes and ch != st and ch != after_escape:
                    tok += st
                tok += ch
                self.state = after_escape
            elif st == _WORD or st == _PUNCT:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = _IDLE
                    if tok or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = _IDLE
                        if tok or quoted:
                            break
                        continue
                elif st == _PUNCT:
                    if ch in self._punctuation_chars:
                        tok += ch
                    else:
                        if ch not in self.whitespace:
                            self._pending.append(ch)
                        self.state = _IDLE
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    after_escape = _WORD
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    tok += ch
                else:
                    # A character that cannot continue the word ends it; it
                    # is read again as the start of what follows (without
                    # punctuation_chars, as a token of its own).
                    if self._punctuation_chars:
                        self._pending.append(ch)
                    else:
                        self.pushback.insert(0, ch)
                    self.state = _IDLE
                    if tok or (self.posix and quoted):
                        break
                    continue
        self.token = ''
        if self.posix and not quoted and tok == '':
            return None
        return tok

    def sourcehook(self, newfile):
        import os.path
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok
