import contextlib, copy, abc, warnings, traceback, sys, os
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
log = []
@contextmanager
def tag(n):
    log.append('enter ' + n)
    try:
        yield n.upper()
    except KeyError:
        log.append('caught')
    finally:
        log.append('exit ' + n)
with tag('a') as t: log.append(t)
with tag('b'): raise KeyError('x')
try:
    with tag('c'): raise ValueError('v')
except ValueError as e: log.append('outer ' + str(e))
print(log)
@tag('deco')
def f(): return 5
print(f(), log[-2:])
with suppress(FileNotFoundError, KeyError): {}['x']
print('suppressed')
with ExitStack() as st:
    for n in 'xyz': st.enter_context(tag(n))
    st.callback(log.append, 'cb')
print(log[-7:])
class R:
    def close(self): print('closed')
with closing(R()) as r: pass
with nullcontext(3) as v: print(v)
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a); a[1].append(9); a[2]['k'].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(s): s.x = [1]
p = P(); q = copy.deepcopy(p); q.x.append(2); print(p.x, q.x, copy.copy(p).x is p.x)
r = [1]; r.append(r); rr = copy.deepcopy(r); print(rr[1] is rr, len(rr))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    def go(self): return self.run() * 2
class Impl(Base):
    def run(self): return 21
try: Base()
except TypeError as e: print(e)
print(Impl().go(), isinstance(Impl(), Base))
class Half(Base): pass
try: Half()
except TypeError as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('careful', DeprecationWarning)
    warnings.warn('again')
    print(len(w), w[0].category.__name__, str(w[0].message), w[1].category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e: print('raised', e)
try:
    int('zz')
except ValueError:
    s = traceback.format_exc()
    print(s.startswith('Traceback (most recent call last):'), s.strip().splitlines()[-1].split(':')[0])
    print(traceback.format_exception_only(ZeroDivisionError('x')))
try:
    raise KeyError('k')
except KeyError as e:
    print(traceback.format_exception(e)[-1], end='')
