"""netrc: read .netrc files as CPython 3.11 does.

netrc(file=None) parses the file (~/.netrc by default) into .hosts
({host: (login, account, password)}, 'default' for the default entry) and
.macros ({name: [lines]}); authenticators(host) falls back to the default
entry; repr() writes the data back in .netrc form. NetrcParseError carries
msg, filename and lineno, with CPython's messages and its line numbers -
which do not count lines skipped after a '#' comment or inside a macro
definition, as CPython's do not.

Not done: the ownership and permission check CPython makes on ~/.netrc
(WASI has no user ids)."""
import os

__all__ = ['netrc', 'NetrcParseError']


class NetrcParseError(Exception):
    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return '%s (%s, line %s)' % (self.msg, self.filename, self.lineno)


_BLANK = '\n\t\r '


class _Tokens:
    # Words of the file: blanks separate them, double quotes group, a
    # backslash takes the next character as it is. lineno counts the line
    # breaks the word reader went over (skip_line() does not count).

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.pushed = []

    def _next_char(self):
        if self.pos >= len(self.text):
            return ''
        ch = self.text[self.pos]
        self.pos += 1
        if ch == '\n':
            self.lineno += 1
        return ch

    def skip_line(self):
        # The rest of the current line, its newline included, uncounted.
        end = self.text.find('\n', self.pos)
        end = len(self.text) if end < 0 else end + 1
        line = self.text[self.pos:end]
        self.pos = end
        return line

    def word(self):
        if self.pushed:
            return self.pushed.pop(0)
        ch = self._next_char()
        while ch and ch in _BLANK:
            ch = self._next_char()
        if not ch:
            return ''
        quoted = ch == '"'
        chars = []
        if not quoted:
            chars.append(self._next_char() if ch == '\\' else ch)
        while True:
            ch = self._next_char()
            if not ch:
                break
            if quoted and ch == '"':
                break
            if not quoted and ch in _BLANK:
                break
            if ch == '\\':
                ch = self._next_char()
            chars.append(ch)
        return ''.join(chars)

    def push(self, word):
        self.pushed.append(word)


class netrc:
    def __init__(self, file=None):
        if file is None:
            file = os.path.join(os.path.expanduser('~'), '.netrc')
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding='utf-8') as f:
                text = f.read()
        except UnicodeDecodeError:
            with open(file, encoding='latin-1') as f:
                text = f.read()
        self._parse(file, _Tokens(text))

    def _parse(self, file, tokens):
        while True:
            line_before = tokens.lineno
            word = tokens.word()
            if not word:
                return
            if word[0] == '#':
                # a lone '#' on the same line starts a comment to its end
                if len(word) == 1 and tokens.lineno == line_before:
                    tokens.skip_line()
                continue
            if word == 'macdef':
                self._macro(file, tokens, tokens.word())
                continue
            if word == 'machine':
                name = tokens.word()
            elif word == 'default':
                name = 'default'
            else:
                raise NetrcParseError('bad toplevel token %r' % word, file, tokens.lineno)
            if not name:
                raise NetrcParseError('missing %r name' % word, file, tokens.lineno)
            self.hosts[name] = self._entry(file, tokens)

    def _macro(self, file, tokens, name):
        # Its lines run to the first empty line.
        lines = self.macros[name] = []
        while True:
            line = tokens.skip_line()
            if not line:
                raise NetrcParseError('Macro definition missing null line terminator.',
                                      file, tokens.lineno)
            if line == '\n':
                return
            lines.append(line)

    def _entry(self, file, tokens):
        fields = {'login': '', 'account': '', 'password': ''}
        while True:
            line_before = tokens.lineno
            word = tokens.word()
            if word.startswith('#'):
                # a comment word: the rest of its line goes with it
                if tokens.lineno == line_before:
                    tokens.skip_line()
                continue
            if word in ('', 'machine', 'default', 'macdef'):
                tokens.push(word)
                return (fields['login'], fields['account'], fields['password'])
            if word == 'user':
                word = 'login'
            if word not in fields:
                raise NetrcParseError('bad follower token %r' % word, file, tokens.lineno)
            fields[word] = tokens.word()

    def authenticators(self, host):
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append('machine %s\n\tlogin %s\n' % (host, login))
            if account:
                out.append('\taccount %s\n' % account)
            out.append('\tpassword %s\n' % password)
        for name, lines in self.macros.items():
            out.append('macdef %s\n' % name)
            out.extend(lines)
            out.append('\n')
        return ''.join(out)
