# OSError's subclasses, their attributes and text, and format/vars/ascii, with
# nothing imported: a plain script sees them as CPython's builtins.
try:
    open('no-such-file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
    print(e)
    print(repr(e))
    print(isinstance(e, OSError), type(e) is FileNotFoundError)

# OSError(errno, strerror) is the errno's subclass; a filename stays out of args
for n in (1, 2, 13, 17, 20, 21, 32, 110, 999):
    e = OSError(n, 'text')
    print(n, type(e).__name__, e)
e = OSError(2, 'No such file or directory', 'f.txt')
print(type(e).__name__, e, e.args, e.filename)
print(OSError('plain').errno if False else OSError('plain'))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print(IOError is OSError, EnvironmentError is OSError)

# the os functions name their path, rename both
import os
calls = [('stat', lambda: os.stat('nope')), ('listdir', lambda: os.listdir('nope')),
         ('remove', lambda: os.remove('nope')), ('rmdir', lambda: os.rmdir('nope')),
         ('mkdir', lambda: os.mkdir('.')), ('rename', lambda: os.rename('nope', 'other')),
         ('chdir', lambda: os.chdir('nope'))]
for name, f in calls:
    try:
        f()
    except OSError as e:
        print(name, type(e).__name__, e.filename, e)

# raising and catching by subclass
def load(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError:
        return 'default'
print(load('missing.cfg'))
try:
    raise PermissionError(13, 'Permission denied', '/etc/x')
except OSError as e:
    print(type(e).__name__, e)

# attributes set on exception instances
try:
    raise ValueError('v')
except ValueError as e:
    e.note = 'extra'
    print(e.note, e)

# format, vars, ascii
print(format(3.14159, '.2f'), format(5), format('x', '>3'), format(1234567, ','), format(0.5, '%'))
print(ascii('é€x'), ascii(['ü', 1]), ascii('plain'))
class Point:
    def __init__(self):
        self.x, self.y = 1, 2
print(vars(Point()))
