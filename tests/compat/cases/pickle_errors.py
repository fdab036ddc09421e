# pickle: the error paths a script meets, with CPython's exception types and
# messages: truncated and empty data, bad opcode bytes, unknown protocols,
# stack underflow, a missing memo entry, a missing persistent_load, globals
# that cannot be found, lambdas, bad __reduce__ results, str given to loads.
import io
import pickle


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e))


good = pickle.dumps({'a': [1, 2, 'three']}, 4)
attempt('empty', lambda: pickle.loads(b''))
attempt('x', lambda: pickle.loads(b'x'))
attempt('nul', lambda: pickle.loads(b'\x00'))
attempt('no stop', lambda: pickle.loads(b'N'))
attempt('truncated', lambda: pickle.loads(good[:-5]))
attempt('short str', lambda: pickle.loads(b'\x80\x04\x8c\x05ab'))
attempt('short int', lambda: pickle.loads(b'J\x01\x00'))
attempt('proto 9', lambda: pickle.loads(b'\x80\x09N.'))
attempt('underflow', lambda: pickle.loads(b'0.'))
attempt('memo', lambda: pickle.loads(b'h\x05.'))
attempt('memo0', lambda: pickle.loads(b'g7\n.'))
attempt('persid', lambda: pickle.loads(b'Pabc\n.'))
attempt('binpersid', lambda: pickle.loads(b'\x80\x02K\x01Q.'))
try:
    pickle.loads(b'cpickle\nNoSuchThing\n.')
except AttributeError as e:
    print('attr', str(e).split(' on ')[0])
attempt('module', lambda: pickle.loads(b'cno_such_module_xyz\nThing\n.'))
attempt('unicode', lambda: pickle.loads('N.'))
attempt('latin1', lambda: pickle.loads(b'U\x03a\xffb.', encoding='latin1'))
attempt('bytes enc', lambda: pickle.loads(b'U\x03a\xffb.', encoding='bytes'))
attempt('string', lambda: pickle.loads(b"S'a\\nb\\x41\\101'\n."))
attempt('string unquoted', lambda: pickle.loads(b"Sabc\n."))
attempt('dumps proto 6', lambda: pickle.dumps(1, 6))
attempt('Pickler proto 9', lambda: pickle.Pickler(io.BytesIO(), 9))
attempt('no write', lambda: pickle.Pickler(object()))
attempt('extra data', lambda: pickle.loads(b'N.garbage'))

lam = lambda: 0
try:
    pickle.dumps(lam)
except pickle.PicklingError as e:
    msg = str(e)
    print('lambda', type(e).__name__, msg.startswith("Can't pickle <function <lambda> at "),
          msg.endswith(': attribute lookup <lambda> on __main__ failed'))


class BadReduce:
    def __reduce__(self):
        return 5


class ShortReduce:
    def __reduce__(self):
        return (ShortReduce,)


class BadArgs:
    def __reduce__(self):
        return (BadArgs, [1])


class NotCallable:
    def __reduce__(self):
        return (5, ())


for cls in (BadReduce, ShortReduce, BadArgs, NotCallable):
    attempt(cls.__name__, lambda: pickle.dumps(cls(), 2))

print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
attempt('load empty file', lambda: pickle.load(io.BytesIO(b'')))
f = io.BytesIO(pickle.dumps(1) + pickle.dumps(2))
print(pickle.load(f), pickle.load(f))
attempt('after end', lambda: pickle.load(f))
