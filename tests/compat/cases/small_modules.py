# keyword, getpass.getuser and atexit.
import os
import sys

# --- keyword
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for w in ['if', 'async', 'await', 'None', 'none', 'match', 'case', '_', 'type', 'print', 'nonlocal', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))

# --- getpass.getuser: LOGNAME, USER, LNAME, USERNAME, first non-empty wins
import getpass
names = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')
saved = {n: os.environ.get(n) for n in names}
for n in names:
    os.environ[n] = ''
for n in reversed(names):
    os.environ[n] = 'user_' + n.lower()
    print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for n in names:
    if saved[n] is None:
        del os.environ[n]
    else:
        os.environ[n] = saved[n]
print(issubclass(getpass.GetPassWarning, UserWarning), callable(getpass.getpass))

# --- atexit: runs at exit, last registered first; errors are reported and skipped
import atexit
base = atexit._ncallbacks()


def goodbye(name, punct='!'):
    print('goodbye', name + punct)


def broken():
    print('broken runs')
    raise KeyError('boom')


def leave():
    print('leave runs')
    sys.exit(7)


def never():
    print('never printed')


print(atexit.register(goodbye, 'first') is goodbye)
atexit.register(goodbye, 'second', punct='?')
atexit.register(broken)
atexit.register(never)
atexit.register(leave)
atexit.register(never)
print(atexit._ncallbacks() - base)
atexit.unregister(never)
print(atexit._ncallbacks() - base)


@atexit.register
def decorated():
    print('decorated (registered last, runs first)')


print(decorated.__name__)
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)

# _run_exitfuncs runs (and forgets) what is registered now
tmp = []
atexit._clear()
print(atexit._ncallbacks())
atexit.register(tmp.append, 1)
atexit.register(tmp.append, 2)
atexit._run_exitfuncs()
print(tmp, atexit._ncallbacks())

atexit.register(goodbye, 'first')
atexit.register(broken)
atexit.register(never)
atexit.register(leave)
atexit.register(goodbye, 'second', punct='?')
atexit.unregister(never)
atexit.register(decorated)
print('end of script')
