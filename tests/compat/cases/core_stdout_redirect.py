# sys.stdout/sys.stderr can be replaced: print() follows them, and
# contextlib.redirect_stdout/redirect_stderr capture and restore.
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('captured', 1, 2, sep='-')
    print('second line', end='!\n')
    sys.stdout.write('written\n')
print('after:', repr(buf.getvalue()), target is buf)

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
    sys.stderr.write('direct\n')
print('stderr captured:', repr(err.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
text = sys.stdout.getvalue()
sys.stdout = old
print('restored, got', repr(text), sys.stdout is sys.__stdout__)

# Nested and re-entrant redirections.
outer, inner = io.StringIO(), io.StringIO()
r = contextlib.redirect_stdout(outer)
with r:
    print('outer 1')
    with contextlib.redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(repr(outer.getvalue()), repr(inner.getvalue()))

# A Python object with write() as sys.stdout.
class Upper:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def flush(self):
        pass

u = Upper()
with contextlib.redirect_stdout(u):
    print('shout', 'this')
print(u.parts)

# Restored even when the block raises.
try:
    with contextlib.redirect_stdout(io.StringIO()):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
print('end')

# print(file=) of a Python subclass of StringIO calls its write().
class Counting(io.StringIO):
    writes = 0
    def write(self, s):
        Counting.writes += 1
        return super().write(s.replace('a', 'A'))

c = Counting()
print('banana', 'split', file=c)
with contextlib.redirect_stdout(c):
    print('alpha')
print(repr(c.getvalue()), Counting.writes)
sys.stdout = None
print('dropped')
sys.stdout = sys.__stdout__
print('back')

# sys.__stdin__ is the original stdin, as __stdout__ and __stderr__ are
# the others, also once a script replaced the streams
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
sys.stdin = io.StringIO('typed\n')
sys.stdout = io.StringIO()
replaced = (sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, input())
sys.stdout = sys.__stdout__
sys.stdin = sys.__stdin__
print(replaced, [s.fileno() for s in (sys.__stdin__, sys.__stdout__, sys.__stderr__)])
print(repr(sys.__stdin__), repr(sys.stdout), repr(sys.__stderr__))
print(hasattr(sys, '__stdin__'), type(sys.__stdin__).__name__)
