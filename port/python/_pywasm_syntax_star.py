"""`except*` (PEP 654) for _pywasm_syntax: each try statement with except*
clauses becomes a plain try statement with one handler, which runs the
clauses through _pywasm_exceptiongroup._Star:

    try:                        try:
        body                        body
    except* ValueError as e:    except BaseException as X: S = _Star(X); try: e = S.match(ValueError)
        handle(e)                       handle(e)
    except* OSError:            except BaseException as Y: S.handled(Y) ...; try: S.match(OSError)
        log()                           log()
    else:                       except BaseException as Y: ...; raise what S.done() says
        ...                     else:

The added statements go on the lines the clauses had, separated by 0x1f
bytes, line breaks that start no line of the source (patch 0083), so
every line of the user's keeps its number. Each handler's body keeps its
indentation, which must be at least two columns deeper than its clause.

Not as CPython: sys.exc_info() in a handler is the whole exception, not
the part the clause matched; `raise e` of the matched group counts as
raising it anew, as in CPython, but so does nothing else; return, break
and continue in a handler are allowed; names _pywasm_x1, _pywasm_s1, ...
stay in the namespace."""

NL = '\x1f'  # a line break of no line (patch 0083)
_NAME, _OP = 'name', 'op'


def edits(src, lines):
    """The (start, end, text) edits that rewrite every try statement with
    except* clauses in src, given its logical lines as _pywasm_syntax makes
    them. A statement that cannot be rewritten is left as written, so that
    the parser reports its first except* line."""
    if NL in src:
        return []
    done = []
    open_ = []
    for n, (indent, toks) in enumerate(lines):
        first = toks[0][1] if toks[0][0] == _NAME else None
        star = first == 'except' and len(toks) > 1 and toks[1][1] == '*'
        while open_ and indent <= open_[-1].indent:
            st = open_[-1]
            if indent == st.indent and first == 'except':
                if star:
                    st.clause(lines, n)
                else:
                    st.bad = True  # both except and except*: CPython's SyntaxError
                break
            st.close(_line_start(src, toks[0][2]))
            done.append(open_.pop())
        else:
            if star:
                st = _Statement(src, len(done) + len(open_) + 1, indent, toks[0][2])
                st.clause(lines, n)
                open_.append(st)
    while open_:
        st = open_.pop()
        st.close(len(src))
        done.append(st)
    out = []
    for st in done:
        if not st.bad:
            out.extend(st.edits)
    return out


def _line_start(src, pos):
    return src.rfind('\n', 0, pos) + 1


def _column(blanks):
    # as MicroPython's lexer counts indentation: a tab to the next multiple of 8
    col = 0
    for c in blanks:
        col = (col // 8 + 1) * 8 if c == '\t' else col + 1
    return col


class _Statement:
    def __init__(self, src, number, indent, at):
        self.src = src
        self.indent = indent
        self.ws = src[_line_start(src, at):at]
        self.x, self.s, self.y, self.r = ('_pywasm_%s%d' % (c, number) for c in 'xsyr')
        self.edits = []
        self.bad = False
        self.bind = None  # the `as` name of the clause being read

    def line(self, extra, text):
        return self.ws + ' ' * extra + text + NL

    def clause(self, lines, n):
        indent, toks = lines[n]
        colon = None
        depth = 0
        for i in range(2, len(toks)):
            kind, text, _ = toks[i]
            if kind == _OP and text in '([{':
                depth += 1
            elif kind == _OP and text in ')]}':
                depth -= 1
            elif kind == _OP and text == ':' and depth == 0:
                colon = i
                break
        if colon is None or colon == 2:
            self.bad = True
            return
        end = colon
        bind = None
        if colon >= 5 and toks[colon - 2][1] == 'as' and toks[colon - 1][0] == _NAME:
            bind = toks[colon - 1][1]
            end = colon - 2
        types = self.src[toks[2][2]:toks[end][2]].rstrip(' \t')
        if colon + 1 < len(toks):
            body = self.ws + '  '  # the handler follows on the clause's line
        elif n + 1 < len(lines) and lines[n + 1][0] > indent:
            at = lines[n + 1][1][0][2]
            body = self.src[_line_start(self.src, at):at]
            if _column(body) < _column(self.ws) + 2:
                self.bad = True
                return
        else:
            self.bad = True
            return
        if self.edits:
            text = self.close_clause()
        else:
            text = (self.ws + 'except BaseException as %s:' % self.x + NL
                    + self.line(1, "%s = __import__('_pywasm_exceptiongroup')._Star(%s)" % (self.s, self.x)))
        text += self.line(1, 'try:') + body
        text += ('%s = ' % bind if bind else '') + '%s.match(%s)' % (self.s, types)
        if colon + 1 < len(toks):
            text += ';'
        self.bind = bind
        self.edits.append((_line_start(self.src, toks[0][2]), toks[colon][2] + 1, text))

    def close_clause(self):
        # what the last handler raised is the statement's; its name goes
        text = self.line(1, 'except BaseException as %s:' % self.y) + self.line(2, '%s.handled(%s)' % (self.s, self.y))
        if self.bind:
            text += (self.line(1, 'finally:') + self.line(2, 'if %s.bound:' % self.s)
                     + self.line(3, '%s = None' % self.bind) + self.line(3, 'del %s' % self.bind))
        return text

    def close(self, at):
        # After the last clause: raise what is left, as CPython would. The
        # exception the statement caught is re-raised as it was (a bare
        # raise adds no traceback line); anything else gets back the
        # traceback it had, less the line of this raise.
        if self.bad or not self.edits:
            return
        text = self.close_clause()
        text += (self.line(1, '%s = %s.done()' % (self.r, self.s))
                 + self.line(1, 'if %s is %s:' % (self.r, self.x)) + self.line(2, 'raise')
                 + self.line(1, 'if %s is not None:' % self.r)
                 + self.line(2, 'try:') + self.line(3, 'raise %s' % self.r)
                 + self.line(2, 'except BaseException:')
                 + self.line(3, '%s.restore(%s)' % (self.s, self.r)) + self.line(3, 'raise'))
        if at == len(self.src) and not self.src.endswith('\n'):
            text = NL + text
        self.edits.append((at, at, text))
