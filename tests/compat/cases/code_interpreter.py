# code and codeop: compile_command's three answers, InteractiveInterpreter
# and InteractiveConsole fed lines by the script, with their output (the
# values of expressions, errors through write()) captured and printed.
import code
import codeop
import sys

print('-- compile_command')
for src in ['x = 1', 'if x:', 'if x:\n  pass', 'if x:\n  pass\n', '(1,', 'x = [1,\n2',
            "'''abc", '1 +\\', 'def f():\n  return 1\n', '', '# only a comment',
            '@decorator', 'class A:', 'if 1:\n  x=1\nelse:', 'a b', '1 +', 'lambda:',
            'if True:\n    1\n  2\n', 'print("hi")', 'x = {1:', 'for i in range(2):']:
    try:
        result = codeop.compile_command(src)
        print(repr(src), 'incomplete' if result is None else 'code')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError')
print(codeop.compile_command('2 ** 10', symbol='eval') is not None)
print(codeop.compile_command('(2 **', symbol='eval'))
ns = {}
exec(codeop.compile_command('y = 6 * 7'), ns)
print(ns['y'])
exec(codeop.compile_command('y + 1'), ns)
print('underscore', _)  # noqa: F821 (set by the display of a value)
exec(codeop.compile_command('None'), ns)
print('underscore still', _)  # noqa: F821
cc = codeop.CommandCompiler()
print(cc('if 1:') is None, cc('z = 3') is not None)


class Recorder(code.InteractiveConsole):
    """A console that reads from a list and records what it writes."""

    def __init__(self, lines, **kw):
        code.InteractiveConsole.__init__(self, **kw)
        self.lines = list(lines)
        self.written = []
        self.prompts = []

    def raw_input(self, prompt=''):
        self.prompts.append(prompt)
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

    def write(self, data):
        self.written.append(data)


def show_errors(written):
    for chunk in written:
        for line in chunk.splitlines():
            if line.startswith('    '):
                continue  # source lines: CPython has none for <console> input
            print('  |', line)


print('-- InteractiveInterpreter')
interp = code.InteractiveInterpreter()
interp.write = lambda data: show_errors([data])
print(sorted(interp.locals))
print(interp.runsource('a = 10'))
print(interp.runsource('a * 3'))
print(interp.runsource('for i in range(2):'))
print(interp.runsource('for i in range(2):\n  print("loop", i)\n'))
print(interp.runsource('1/0'))
print(interp.runsource('a b'))
print(interp.runsource('undefined_name'))
print(interp.runsource('def f(n):\n  return g(n)\n\n'))
print(interp.runsource('def g(n):\n  raise KeyError(n)\n\n'))
print(interp.runsource('f(5)'))
print(interp.runsource('[x * 2 for x in range(3)]'))
print(interp.locals['a'], 'f' in interp.locals)
interp.runcode(compile('print("runcode", a)', '<x>', 'exec'))
try:
    interp.runsource('raise SystemExit(3)')
except SystemExit as e:
    print('SystemExit passed through', e.code)

print('-- InteractiveConsole.push')
con = Recorder([], locals={'base': 100})
for line in ['total = base', 'for k in range(3):', '    total += k', '', 'total',
             'def twice(x):', '    return 2 * x', '', 'twice(total)', 'x = (1,', '2)', 'x',
             'if total >', '    1/0']:
    print(repr(line), con.push(line), con.buffer)
show_errors(con.written)
con.resetbuffer()
print(con.buffer, con.filename)

print('-- interact')
con = Recorder(['n = 0', 'while n < 3:', '    n += 1', '    print("n is", n)', '',
                'n', 'oops(', ')', 'print("bye")'])
con.interact(banner='hello banner', exitmsg='the end')
print(con.prompts)
show_errors(con.written)
con = Recorder(['1 + 1'])
con.interact(banner='', exitmsg='')
print(con.written)
con = Recorder(['1 + 1'])
con.interact()
print(con.written[0].startswith('Python '), con.written[0].rstrip().endswith('(Recorder)'))
print(con.written[1:])
print('-- code.interact')
feed = iter(['q = 5', 'q * q'])


def reader(prompt):
    try:
        return next(feed)
    except StopIteration:
        raise EOFError


saved = sys.stderr
sys.stderr = sys.stdout
try:
    code.interact(banner='interact banner', readfunc=reader, local={'__name__': '__demo__'}, exitmsg='done')
finally:
    sys.stderr = saved
