# array.array has __copy__ and __deepcopy__ (multidict calls them), and
# copy.copy/deepcopy make arrays of the same typecode.
import array
import copy

a = array.array('h', [1, -2, 300])
b = a.__copy__()
c = a.__deepcopy__({})
b.append(4)
print(a, b, c, b.typecode, c is a)
print(copy.copy(a), copy.deepcopy([a, a])[0].typecode)
print(hasattr([], "__copy__"), hasattr({}, "__deepcopy__"), hasattr(a, "__copy__"))
print(array.array('d', [0.5]).__copy__())
