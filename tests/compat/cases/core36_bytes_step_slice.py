# bytes take slices with a step (patch 0290).
b = bytes(range(10))
print(b[::-1], b[1::2], b[::3], b[8:2:-2], b[::-4], b[5:5:-1], b[100::-1], b[:-100:-1])
print(type(b[::2]).__name__, len(b[::7]))
class B(bytes):
    pass
print(type(B(b'abc')[::-1]).__name__, B(b'abc')[::-1])
try:
    b[::0]
except ValueError as e:
    print('ValueError', e)
print(b'hello'[::-1].decode(), bytearray(b'xyz')[::-1])
