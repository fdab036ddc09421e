# warnings as CPython 3.11: the default filters are in warnings.filters,
# warn_explicit without a module names it from the file (so a
# DeprecationWarning is ignored), the registries of warn() show a warning
# once per place under 'default', filterwarnings keeps compiled patterns.
import io
import sys
import warnings

sys.stderr = io.StringIO()


def flush(label):
    # what went to stderr since the last flush
    print(label, repr(sys.stderr.getvalue()))
    sys.stderr = io.StringIO()


print(warnings.filters[:6])
warnings.warn_explicit('old api', DeprecationWarning, '/tmp/somefile.py', 3)
warnings.warn_explicit('pending', PendingDeprecationWarning, 'x.py', 4)
warnings.warn_explicit('user', UserWarning, 'y.py', 5)
warnings.warn_explicit('user', UserWarning, 'y.py', 5)   # no registry: shown again
warnings.warn_explicit('main dep', DeprecationWarning, 'z.py', 6, module='__main__')
warnings.warn_explicit('dep', DeprecationWarning, '__main__.py', 7)
flush('explicit')

reg = {}
for i in range(3):
    warnings.warn_explicit('r', UserWarning, 'r.py', 1, 'm', reg)
print(sorted(k for k in reg if k != 'version'))
flush('registry')


def f():
    warnings.warn('from f', UserWarning)


for i in range(3):
    f()
warnings.warn('deprecated here', DeprecationWarning)
warnings.warn('deprecated here', DeprecationWarning)
print('__warningregistry__' in globals())
flush('warn')

warnings.filterwarnings('error', 'BOOM', UserWarning)
print(warnings.filters[0])
try:
    warnings.warn('boom now')
except UserWarning as e:
    print('raised', e)
warnings.filterwarnings('ignore', module='quiet')
warnings.warn_explicit('hush', UserWarning, 'quiet.py', 1)
warnings.simplefilter('once', RuntimeWarning)
for line in (1, 2, 3):
    warnings.warn_explicit('once', RuntimeWarning, 'o.py', line)
warnings.simplefilter('module', SyntaxWarning)
for line in (1, 2):
    warnings.warn_explicit('mod', SyntaxWarning, 'o.py', line, registry={})
    warnings.warn_explicit('mod', SyntaxWarning, 'o.py', line, registry=reg)
flush('filters')
print(len(warnings.filters), warnings.filters[0][:1], warnings.filters[1][0], warnings.filters[2][1])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    f()
    f()
    warnings.warn('dep', DeprecationWarning)
print([(str(w.message), w.category.__name__, w.lineno > 0) for w in log], len(warnings.filters))
print(repr(warnings.catch_warnings(record=True)))

shown = []
warnings.showwarning = lambda *a, **k: shown.append((str(a[0]), a[1].__name__, a[2], a[3]))
warnings.warn_explicit('to hook', UserWarning, 'h.py', 9)
del warnings.showwarning
print(shown)
warnings.formatwarning = lambda m, c, fn, ln, line=None: 'FMT %s %s\n' % (m, c.__name__)
warnings.warn_explicit('formatted', UserWarning, 'h.py', 10)
flush('hooks')

warnings.resetwarnings()
print(warnings.filters)
warnings.warn_explicit('after reset', DeprecationWarning, 'x.py', 1)
flush('reset')
for bad in (lambda: warnings.simplefilter('loud'), lambda: warnings.filterwarnings('ignore', 5),
            lambda: warnings.filterwarnings('ignore', category=int), lambda: warnings.simplefilter('ignore', lineno=-1)):
    try:
        bad()
    except AssertionError as e:
        print('AssertionError', e)
sys.stderr = sys.__stderr__
