# memoryview(...).cast('c') gives a view whose items are one-byte bytes
# objects: chardet iterates one to compare items with b'<' and b'>', and
# extends a bytearray with slices of it.
buf = b'ab<tag>cd<x>e'
view = memoryview(buf).cast('c')
print(view.format, view.itemsize, view.nbytes, view.shape, len(view), view.readonly)
print(view[0], view[-1], view[2:5].tobytes(), list(view[:4]), view.tolist()[:3])

# what chardet's remove_xml_tags does: keep what is outside <...>
kept = bytearray()
in_tag = False
start = 0
for i, ch in enumerate(view):
    if ch == b'>':
        start = i + 1
        in_tag = False
    elif ch == b'<':
        if i > start and not in_tag:
            kept.extend(view[start:i])
            kept.extend(b' ')
        in_tag = True
if not in_tag:
    kept.extend(view[start:])
print(kept)

print(b'a' in view, b'z' in view, bytes(view[7:9]), view.tobytes() == buf, view.hex())
print(view == memoryview(buf).cast('c'), view == buf)

# a view of writable memory writes through to it
data = bytearray(b'xyz')
w = memoryview(data).cast('c')
w[0] = b'A'
w[1:3] = memoryview(b'BC').cast('c')
print(data, w.tobytes(), w.readonly)
for index, bad in ((0, 65), (0, b'no'), (slice(0, 2), b'no'), (slice(0, 2), memoryview(b'abc').cast('c'))):
    try:
        w[index] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(w.cast('B')[0], list(memoryview(b'hi').cast('B')))
