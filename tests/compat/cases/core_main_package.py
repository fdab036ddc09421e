# __main__'s __package__ and __spec__ (None for a script, as in CPython), and
# sys.modules['x'] = None blocking an import (patch 0089).
print(__package__, __spec__, __name__)
if not __package__:
    print('run as a script')
import sys
sys.modules['no_such_optional_dep'] = None
try:
    import no_such_optional_dep
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from no_such_optional_dep import thing
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['no_such_optional_dep']
try:
    import no_such_optional_dep
except ImportError as e:
    print(type(e).__name__, e)
