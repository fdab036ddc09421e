# ImportError's name and msg (a script's `except ModuleNotFoundError as e:
# if e.name == 'yaml'`) for what the import system raises and for a plain one.
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    from os import nosuchname
except ImportError as e:
    print(repr(e).split(' (')[0], e.name)
try:
    import json.nosuch
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    from json import nosuch
except ImportError as e:
    print(e.name, e.msg.split(' (')[0])
try:
    raise ImportError('plain')
except ImportError as e:
    print(e.name, e.path, e.msg)
# errno belongs to OSError only
print(getattr(ValueError('x'), 'errno', 'none'), getattr(KeyError(2), 'errno', 'none'), OSError(2, 'no').errno)
try:
    ValueError('x').errno
except AttributeError as e:
    print('AttributeError', e)
