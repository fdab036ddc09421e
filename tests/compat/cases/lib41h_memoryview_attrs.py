# memoryview's itemsize, format, shape... (msgpack's fallback checks
# itemsize) and copy.copy/deepcopy of an array.array (multidict)
import array
import copy
views = (memoryview(b'ab'), memoryview(bytearray(b'ab')), memoryview(array.array('i', [1, 2])),
         memoryview(array.array('d', [1.0])), memoryview(array.array('h', [1])), memoryview(b'abc')[1:],
         memoryview(bytearray()))
for m in views:
    print(m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.contiguous,
          m.c_contiguous, m.f_contiguous, m.nbytes)
a = array.array('h', [1, 2])
b = copy.copy(a)
b.append(3)
print(a, b, b is a)
c = copy.deepcopy({'k': [a, a]})
print(c, c['k'][0] is c['k'][1], c['k'][0] is a)
ba = bytearray(b'xyz')
v = memoryview(ba).cast('B')
v[0] = 65
print(ba, v.format, v.tobytes(), memoryview(b'q').cast('B').readonly)
