# memoryview is a context manager (patch 0378): `with memoryview(data) as
# view:` works, as in CPython; other built-in objects that are not context
# managers still raise CPython's TypeError.
import io

data = bytearray(b'hello world')
with memoryview(data) as view:
    print(bytes(view[:5]), view.nbytes, type(view).__name__, view.readonly)
    view[0] = ord('H')
print(data)

with memoryview(b'abc') as v, io.BytesIO() as out:
    out.write(v[1:])
    print(out.getvalue())


def checksum(payload):
    total = 0
    with memoryview(payload) as view:
        for byte in view:
            total = (total * 31 + byte) % 65521
    return total


print(checksum(b'pywasm'), checksum(bytearray(range(10))))

for thing in ([1, 2], 5, 'text', b'raw'):
    try:
        with thing:
            pass
    except TypeError as e:
        print('TypeError', e)
