"""code: interactive interpreters for programs that read Python from a
user or another source and run it a statement at a time.

InteractiveInterpreter(locals=None) runs source in a namespace (default
{'__name__': '__console__', '__doc__': None}): runsource() compiles with
codeop (so it knows incomplete input: it returns True, wanting more) and
runs the code; runcode() runs a code object; showsyntaxerror() and
showtraceback() format the error being handled as CPython does (the
traceback without runcode's own frame) and hand it to write(), which goes
to sys.stderr. Expression statements show their value on sys.stdout and
keep it in builtins._ (codeop's display).

InteractiveConsole(locals=None, filename='<console>') adds the line
buffer: push(line) runs the buffered lines once they form a complete
statement; resetbuffer(); raw_input(prompt) (input(), to be replaced for
other sources of lines); interact(banner=None, exitmsg=None), the
read-run loop, with sys.ps1/sys.ps2 as prompts. interact(banner,
readfunc, local, exitmsg) makes a console and runs its loop; there is no
readline module, so line editing is whatever the terminal gives.

Differences: MicroPython's syntax errors carry no column or source text,
so a syntax error shows the file, line and message without the caret
line. sys.last_type, sys.last_value and sys.last_traceback cannot be set on
this interpreter's sys, and there is no sys.excepthook to call: errors are
always written through write()."""
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact', 'compile_command']

_COPYRIGHT = 'Type "help", "copyright", "credits" or "license" for more information.'


def _remember(kind, value):
    # CPython keeps the last error in sys.last_*; this sys refuses new
    # attributes, so it is kept where it can be.
    for name, item in (('last_type', kind), ('last_value', value), ('last_traceback', None)):
        try:
            setattr(sys, name, item)
        except (AttributeError, TypeError):
            pass


def _syntax_error_lines(value):
    # traceback.format_exception_only() of a SyntaxError, as CPython 3.11
    # writes it: where, the line, a caret under the column, the message.
    lines = []
    lineno = getattr(value, 'lineno', None)
    if lineno is not None:
        lines.append('  File "%s", line %s\n' % (getattr(value, 'filename', None) or '<string>', lineno))
    text = getattr(value, 'text', None)
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        lines.append('    %s\n' % ltext)
        offset = getattr(value, 'offset', None)
        if offset is not None:
            end = getattr(value, 'end_offset', None)
            if end in (None, 0):
                end = offset
            if end == offset or end == -1:
                end = offset + 1
            start = offset - 1 - (len(rtext) - len(ltext))
            stop = end - 1 - (len(rtext) - len(ltext))
            if start >= 0:
                pad = ''.join(c if c.isspace() else ' ' for c in ltext[:start])
                lines.append('    %s%s\n' % (pad, '^' * (stop - start)))
    name = type(value).__name__
    lines.append('%s: %s\n' % (name, getattr(value, 'msg', None) or '<no detail available>'))
    return lines


def _without_first_frame(text):
    # The last 'Traceback' block of a formatted exception loses its first
    # frame (runcode's exec), as CPython's tb.tb_next leaves it out.
    head = 'Traceback (most recent call last):\n'
    at = text.rfind(head)
    if at < 0:
        return text
    lines = text[at + len(head):].split('\n')
    if not lines or not lines[0].startswith('  File ') or 'in runcode' not in lines[0]:
        return text
    drop = 1
    while drop < len(lines) and lines[drop].startswith('    '):
        drop += 1
    return text[:at + len(head)] + '\n'.join(lines[drop:])


class InteractiveInterpreter:
    def __init__(self, locals=None):
        if locals is None:
            locals = {'__name__': '__console__', '__doc__': None}
        self.locals = locals
        self.compile = CommandCompiler()
        self._handling = None  # the error show*() report if exc_info has none

    def runsource(self, source, filename='<input>', symbol='single'):
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError) as e:
            self._handling = e
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True  # incomplete: wants more lines
        self.runcode(code)
        return False

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException as e:
            self._handling = e
            self.showtraceback()

    def _current_error(self):
        value = sys.exc_info()[1] or self._handling
        self._handling = None
        return value

    def showsyntaxerror(self, filename=None):
        value = self._current_error()
        if value is None:
            return
        if filename and type(value) is SyntaxError:
            # shown under the name the caller gave the input
            value = SyntaxError(value.msg, (filename, value.lineno, value.offset, value.text))
        _remember(type(value), value)
        if isinstance(value, SyntaxError):
            self.write(''.join(_syntax_error_lines(value)))
        else:
            self.write(''.join(traceback.format_exception_only(type(value), value)))

    def showtraceback(self):
        value = self._current_error()
        if value is None:
            return
        _remember(type(value), value)
        text = ''.join(traceback.format_exception(type(value), value, None))
        self.write(_without_first_frame(text))

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    def __init__(self, locals=None, filename='<console>'):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def push(self, line):
        self.buffer.append(line)
        more = self.runsource('\n'.join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=''):
        return input(prompt)

    def interact(self, banner=None, exitmsg=None):
        for name, default in (('ps1', '>>> '), ('ps2', '... ')):
            if not isinstance(getattr(sys, name, None), str):
                try:
                    setattr(sys, name, default)
                except (AttributeError, TypeError):
                    pass
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' % (sys.version, sys.platform, _COPYRIGHT,
                                                       type(self).__name__))
        elif banner:
            self.write('%s\n' % (banner,))
        more = False
        while True:
            try:
                prompt = getattr(sys, 'ps2', '... ') if more else getattr(sys, 'ps1', '>>> ')
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write('\n')
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % type(self).__name__)
        elif exitmsg != '':
            self.write('%s\n' % (exitmsg,))


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
