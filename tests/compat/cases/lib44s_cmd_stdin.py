# cmd.Cmd with the default streams: use_rawinput reads through input()
# from sys.stdin (here a script in a StringIO), and the non-raw path reads
# sys.stdin.readline() and writes the prompt to sys.stdout.
import cmd
import io
import sys


class Calc(cmd.Cmd):
    prompt = 'calc> '

    def __init__(self):
        super().__init__()
        self.total = 0

    def do_add(self, arg):
        'Add a number.'
        self.total += int(arg)
        print('total', self.total)

    def do_show(self, arg):
        print('total is', self.total)

    def do_EOF(self, arg):
        print()
        print('bye')
        return True


real = sys.stdin
sys.stdin = io.StringIO('add 3\nadd 4\n\nshow\nhelp\nnothing here\n')
try:
    c = Calc()
    c.cmdloop('calculator')
    print('raw total', c.total)
    sys.stdin = io.StringIO('add 10\r\nshow\n')
    c = Calc()
    c.use_rawinput = False
    c.cmdloop()
    print('readline total', c.total)
finally:
    sys.stdin = real
