# __builtins__ is the builtins module in __main__ only; an imported module
# and exec() of a namespace of its own see the builtins' dict (patch 0375),
# which asteval and yamale index by name.
import builtins
import os
import shutil
import sys
import tempfile

print(type(__builtins__).__name__, __builtins__ is builtins)


def in_main():
    return type(__builtins__).__name__


print(in_main())
exec('print("exec in main:", type(__builtins__).__name__)')
space = {}
exec('kind = type(__builtins__).__name__; found = __builtins__["len"]', space)
print('exec own namespace:', space['kind'], space['found'] is len)

folder = tempfile.mkdtemp()
try:
    with open(os.path.join(folder, 'handlers_mod.py'), 'w') as f:
        f.write('''
def lookup(name):
    # asteval's way to a built-in exception class by name
    return __builtins__.get(name)

def index(name):
    return __builtins__[name]

kind = type(__builtins__).__name__
''')
    sys.path.insert(0, folder)
    import handlers_mod
    print('imported:', handlers_mod.kind)
    print(handlers_mod.lookup('ValueError'), handlers_mod.lookup('nothing'))
    print(handlers_mod.index('sorted')([3, 1, 2]))
    try:
        handlers_mod.index('nothing')
    except KeyError as e:
        print('KeyError', e)
    for name in ('True', 'False', 'None'):
        print(name, name in vars(builtins), vars(builtins)[name], name in handlers_mod.__builtins__)
    print(handlers_mod.__builtins__ is vars(builtins))
finally:
    sys.path.remove(folder)
    shutil.rmtree(folder)
