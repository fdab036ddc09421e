# In-place special methods of Python classes (__imul__, __ior__, ...), their
# fallback to the binary and reflected methods, and Counter |= / &=.
import collections
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P:
    def __imul__(s, o): return 'imul'
    def __ior__(s, o): return 'ior'
    def __iand__(s, o): return 'iand'
    def __ixor__(s, o): return 'ixor'
    def __imod__(s, o): return 'imod'
    def __ipow__(s, o): return 'ipow'
    def __ifloordiv__(s, o): return 'ifloordiv'
    def __itruediv__(s, o): return 'itruediv'
    def __ilshift__(s, o): return 'ilshift'
    def __irshift__(s, o): return 'irshift'
    def __imatmul__(s, o): return 'imatmul'
for op in ['*', '|', '&', '^', '%', '**', '//', '/', '<<', '>>', '@']:
    def f():
        ns = {'p': P()}
        exec('p %s= 3' % op, ns)
        return ns['p']
    t(f)
class Q:
    def __mul__(s, o): return 'mul'
    def __imod__(s, o): return NotImplemented
    def __mod__(s, o): return 'mod'
    def __ior__(s, o): return NotImplemented
class R:
    def __ror__(s, o): return 'ror'
def f():
    q = Q(); q *= 2; return q
t(f)
def f():
    q = Q(); q %= 2; return q
t(f)
def f():
    q = Q(); q |= R(); return q
t(f)
def f():
    q = Q(); q &= 1; return q
t(f)
def f():
    c = collections.Counter(a=1, b=3); c |= collections.Counter(a=2, b=1); return c
t(f)
def f():
    c = collections.Counter(a=1, b=3); c &= collections.Counter(a=2, b=1); return c
t(f)
def f():
    x = [1]; x *= 2; return x
t(f)
def f():
    s = {1}; s |= {2}; s &= {2}; s ^= {3}; return s
t(f)

# a list's *= repeats it in place: every name for it sees the change
a = [1, 2]; b = a; a *= 2; print(a, b, a is b)
a *= 0; print(a, b); c = [3]; d = c; c *= -1; print(d)
class L(list): pass
e = L([1]); f = e; e *= 3; print(f, type(f).__name__)
try:
    a = [1]; a *= 'x'
except TypeError as exc:
    print(type(exc).__name__, exc)
