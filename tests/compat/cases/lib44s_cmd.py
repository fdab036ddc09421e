# cmd.Cmd driven through StringIO streams: dispatch, help, hooks, columnize,
# completion functions.
import cmd
import io


class Shell(cmd.Cmd):
    intro = 'Welcome to the shell.'
    prompt = '(sh) '
    use_rawinput = False

    def __init__(self, text):
        self.out = io.StringIO()
        super().__init__(stdin=io.StringIO(text), stdout=self.out)
        self.log = []

    def preloop(self):
        self.log.append('preloop')

    def postloop(self):
        self.log.append('postloop')

    def precmd(self, line):
        self.log.append('pre:' + line)
        return line.replace('GREET', 'greet')

    def postcmd(self, stop, line):
        self.log.append('post:%r' % (stop,))
        return stop

    def do_greet(self, arg):
        """Say hello to someone."""
        self.stdout.write('hello %s\n' % (arg or 'world'))

    def do_add(self, arg):
        """add A B -- print the sum."""
        a, b = arg.split()
        self.stdout.write('%d\n' % (int(a) + int(b)))

    def do_undoc(self, arg):
        self.stdout.write('undoc[%s]\n' % arg)

    def do_shell(self, arg):
        self.stdout.write('shell[%s]\n' % arg)

    def help_add(self):
        self.stdout.write('custom help for add\n')

    def help_topic(self):
        self.stdout.write('a misc topic\n')

    def complete_greet(self, text, line, begidx, endidx):
        return [n for n in ('alice', 'bob', 'bert') if n.startswith(text)]

    def do_quit(self, arg):
        return True

    def do_EOF(self, arg):
        self.stdout.write('got EOF\n')
        return True


s = Shell('greet\n\nGREET bob\nadd 2 3\n?\nhelp greet\nhelp add\nhelp nothing\n'
          'help undoc\n!ls -l\nbogus cmd\n  \n%weird\nundoc  x y  \nquit\nafter\n')
s.cmdloop()
print(s.out.getvalue())
print(s.log)
print(repr(s.lastcmd))

# EOF ends the loop; intro given to cmdloop overrides the attribute
s = Shell('greet x\n')
s.cmdloop('Other intro')
print(s.out.getvalue())
print(s.intro, repr(s.lastcmd))

# parseline
p = cmd.Cmd()
for line in ['', '  ', 'foo bar  baz ', '?x', '? x', '!x', 'a-b', '-x y', 'x1_y2 z', 'EOF']:
    print(repr(line), p.parseline(line))
print(s.parseline('!echo hi'))

# onecmd without a loop; default; emptyline repeating
out = io.StringIO()
c = Shell('')
c.stdout = out
print(c.onecmd('greet z'), c.lastcmd)
print(c.onecmd(''), c.lastcmd)
print(c.onecmd('unknown'), repr(c.lastcmd))
print(c.onecmd('EOF'), repr(c.lastcmd))
print(c.onecmd(''))
print(c.onecmd('quit'))
print(out.getvalue())

# cmdqueue is consumed before the input stream
c = Shell('greet stream\nquit\n')
c.cmdqueue = ['greet queued', 'add 1 1']
c.cmdloop()
print(c.out.getvalue())

# identchars
class Dashed(cmd.Cmd):
    identchars = cmd.IDENTCHARS + '-'
print(Dashed().parseline('a-b c'))
print(cmd.PROMPT, len(cmd.IDENTCHARS))

# completion functions
print(sorted(s.completenames('')))
print(sorted(s.completenames('g')))
print(s.completenames('zz'))
print(sorted(s.complete_help('')))
print(sorted(s.complete_help('a')))
print(sorted(s.complete_help('t')))
print(s.complete_greet('b', 'greet b', 6, 7))
print(s.completedefault('x', 'y', 1, 2))

# columnize
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(['one'])
c.columnize(['w%02d' % i for i in range(40)])
c.columnize(['alpha', 'beta', 'gamma', 'delta', 'epsilon'], 12)
c.columnize(['x' * 30, 'y' * 30, 'z'], 40)
c.columnize(['a' * 100, 'b'], 20)
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)
print(out.getvalue())

# print_topics with and without ruler, empty list
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.print_topics('Header', ['a', 'b'], 15, 80)
c.print_topics('Nothing', [], 15, 80)
c.ruler = ''
c.print_topics('Plain', ['c'], 15, 80)
c.do_help('')
c.do_help('help')
c.do_help('nope')
print(out.getvalue())
print(cmd.Cmd.doc_header, cmd.Cmd.misc_header, cmd.Cmd.undoc_header, cmd.Cmd.nohelp)
print(cmd.__all__)
