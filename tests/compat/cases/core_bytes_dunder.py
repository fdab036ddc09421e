# bytes() of an object with __bytes__ (patch 0152).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class B:
    def __bytes__(s): return b'xy'
class C:
    def __bytes__(s): return 'xy'
class D(bytes):
    def __bytes__(s): return b'dd'
class E:
    def __getattr__(s, n): return lambda: b'no'
    def __iter__(s): return iter([65])
class Sub(bytes): pass
class F:
    def __bytes__(s): return Sub(b'sub')
t(lambda: bytes(B()))
t(lambda: bytes(C()))
t(lambda: bytes(D(b'q')))
t(lambda: bytes(E()))
t(lambda: type(bytes(F())).__name__)
