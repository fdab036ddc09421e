"""codeop: compile_command, Compile and CommandCompiler - compiling what
a user typed at an interactive prompt, telling a complete statement from
one that needs more lines.

compile_command(source, filename='<input>', symbol='single') returns a
code object for complete input, None for input that needs more (an open
bracket or triple-quoted string, a backslash at the end, a line ending in
':', a decorator, or an indented block not yet ended by a blank line) and
raises SyntaxError (OverflowError, ValueError) for input that is wrong.
MicroPython's parser cannot say "incomplete input" as CPython's can, so
the incomplete cases are found by scanning the source; a wrong line
before an unfinished block is still reported at once, as in CPython.

Code compiled with symbol='single' displays the value of each expression
statement the way CPython's sys.displayhook does: its repr() on sys.stdout
(following a replaced sys.stdout) and the value kept in builtins._; None
is not shown. That is done by replacing the display function MicroPython
calls for those statements, when this module is imported.

Differences: MicroPython's syntax errors all say "invalid syntax" with no
column, and 'single' input may not start with blank lines here, so they are
dropped before compiling (moving later line numbers up). Compile does not
carry __future__ flags over (this interpreter has no optional ones)."""
import builtins
import sys

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_CLOSERS = {'(': ')', '[': ']', '{': '}'}


def _display(value):
    # What CPython's default sys.displayhook does for an expression.
    if value is None:
        return
    builtins._ = None
    sys.stdout.write(repr(value) + '\n')
    builtins._ = value


builtins.__repl_print__ = _display


def _scan(source):
    # Walk the source as the tokenizer would, far enough to say how it
    # ends: returns (open brackets, inside a string, ends in a backslash,
    # logical lines as (indent, text without comments)).
    brackets = []
    lines = []
    current = []   # pieces of the logical line being read
    indent = None
    i, n = 0, len(source)
    quote = None   # the open string's quote: ' " ''' or """
    while i < n:
        ch = source[i]
        if quote:
            if ch == '\\':
                i += 2
                continue
            if source.startswith(quote, i):
                i += len(quote)
                quote = None
                current.append('S')
                continue
            if ch == '\n' and len(quote) == 1:
                return brackets, 'bad', False, lines  # unterminated: an error
            i += 1
            continue
        if ch in '\'"':
            triple = source[i:i + 3]
            quote = triple if triple in ("'''", '"""') else ch
            i += len(quote)
            if indent is None:
                indent = _indent_before(source, i - len(quote))
            continue
        if ch == '#':
            end = source.find('\n', i)
            i = n if end < 0 else end
            continue
        if ch == '\\' and source[i + 1:i + 2] in ('\n', ''):
            if i + 1 >= n:
                return brackets, None, True, lines
            i += 2
            continue
        if ch == '\n':
            if not brackets:
                if current:
                    lines.append((indent, ''.join(current).strip()))
                current, indent = [], None
            i += 1
            continue
        if ch in _CLOSERS:
            brackets.append(ch)
        elif ch in ')]}':
            if not brackets or _CLOSERS[brackets[-1]] != ch:
                return [], 'bad', False, lines  # mismatched: an error
            brackets.pop()
        if not ch.isspace():
            if indent is None:
                indent = _indent_before(source, i)
            current.append(ch)
        elif current:
            current.append(' ')
        i += 1
    if quote:
        # a one-quote string runs on only through a backslash-newline
        return brackets, 'open' if len(quote) == 3 or source.endswith('\\\n') else 'bad', False, lines
    if current:
        lines.append((indent, ''.join(current).strip()))
    return brackets, None, False, lines


def _indent_before(source, pos):
    start = source.rfind('\n', 0, pos) + 1
    return len(source[start:pos]) - len(source[start:pos].lstrip(' \t'))


def _needs_more(source, symbol):
    # None when the source is complete as it stands. Else (longer, sure):
    # a source that completes it, to be compiled only to find errors
    # before its end, and whether an error there is surely one of the
    # source's own (False for brackets closed blindly, or nothing to try).
    brackets, string, backslash, lines = _scan(source)
    if string == 'bad':
        return None
    if string == 'open' or backslash:
        return '', False
    if brackets:
        return source + ''.join(_CLOSERS[b] for b in reversed(brackets)), False
    if symbol == 'eval' or not lines:
        return None
    indent, last = lines[-1]
    if last.endswith(':'):
        return source + '\n' + ' ' * (indent + 1) + 'pass\n', True
    if last.startswith('@'):
        return source + '\ndef _(): pass\n', True
    if not source.endswith('\n') and any(ind for ind, _ in lines):
        return source + '\n', True
    return None


def _compile(source, filename, symbol, flags=0):
    if symbol == 'single':
        # leading blank or comment lines make MicroPython's 'single' fail
        lines = source.split('\n')
        while len(lines) > 1 and (not lines[0].strip() or lines[0].lstrip().startswith('#')):
            del lines[0]
        source = '\n'.join(lines)
    if symbol not in ('exec', 'eval', 'single'):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    return compile(source, filename, symbol)


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != 'eval' and all(not line.strip() or line.strip().startswith('#')
                                for line in source.split('\n')):
        source = 'pass'  # nothing but blanks and comments: an empty statement
    unfinished = _needs_more(source, symbol)
    if unfinished is None:
        return compiler(source, filename, symbol)
    completed, sure = unfinished
    if completed:
        # Unfinished, but is what is there already wrong?
        try:
            compile(completed, filename, 'exec' if symbol == 'single' else symbol)
        except SyntaxError:
            if sure:
                raise
    return None


def compile_command(source, filename='<input>', symbol='single'):
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Compiles as compile() does; CPython's keeps the __future__ flags of
    what it compiled for the next call (none exist here)."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        return _compile(source, filename, symbol)


class CommandCompiler:
    """compile_command() with a Compile instance of its own."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol)
