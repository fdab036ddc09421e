# s += x appends into spare room when it can (patch 0070): every string
# that shares a buffer must keep its own value, whatever is appended to
# which, across collections; hashes, lengths and indexing stay right.
import gc
import random

rng = random.Random(70)
pieces = ['a', 'bc', 'héllo', '€', '\U0001f600', 'x' * 70, '\n', 'ü' * 40, '']


def check(label, got, want):
    print(label, 'ok' if got == want else 'WRONG %r' % (got[:60],))


# one string built by += against the same built by join
s = ''
parts = []
for i in range(5000):
    p = pieces[i % len(pieces)] + str(i)
    s += p
    parts.append(p)
check('loop', s, ''.join(parts))
print(len(s), s[12345] == ''.join(parts)[12345], s[-3:], hash(s) == hash(''.join(parts)))

# strings sharing a buffer: each keeps its own value
base = 'y' * 100
a = base
a += '1'          # a gets a buffer with room
b = a             # b is the same object
a += '2'          # appends in place: a = y*100 + '12'
b += '3'          # b must not see a's '2': a copy
c = a
c += '4'
a += '5'          # a is no longer the longest on its buffer: a copy
check('shared a', a, 'y' * 100 + '125')
check('shared b', b, 'y' * 100 + '13')
check('shared c', c, 'y' * 100 + '124')
d = 'z' * 80
d += d
d += d
check('self', d, 'z' * 320)

# random operations across many strings, with collections between them
model = {}
live = {}
for step in range(3000):
    k = rng.randrange(8)
    if k not in live or rng.random() < 0.05:
        live[k] = model[k] = 'k%d:' % k + 'q' * rng.randrange(0, 100)
    elif rng.random() < 0.2:
        j = rng.randrange(8)
        if j in live:
            live[k] = live[j]
            model[k] = model[j]
    p = rng.choice(pieces) * rng.randrange(1, 3)
    live[k] += p
    model[k] = model[k] + p
    if step % 500 == 0:
        gc.collect()
for k in sorted(live):
    check('random %d' % k, live[k], model[k])
print('random equal', all(live[k] == model[k] and hash(live[k]) == hash(model[k]) for k in live))

# as dict keys: the hash is computed when needed
key = 'key-' * 20
key += 'end'
table = {key: 1}
print(table['key-' * 20 + 'end'], key in {'key-' * 20 + 'end'}, ('key-' * 20 + 'end') == key)

# bytes the same way
bs = b''
for i in range(3000):
    bs += bytes([i % 256]) * (i % 3 + 1)
print(len(bs), bs[:8], bs[-4:], hash(bs) == hash(bytes(bytearray(bs))))
x = b'w' * 90
y = x
x += b'1'
y += bytearray(b'2')
check('bytes shared', (x, y), (b'w' * 90 + b'1', b'w' * 90 + b'2'))

# C code sees a string that a longer one was appended onto as itself: a
# directory path extended by += (os.path.join does so) still names the
# directory, not its child (a NUL used to follow only the longest string)
import os
import shutil
import tempfile
top = tempfile.mkdtemp()
parent = top
parent += '/' + 'p' * 70
os.mkdir(parent)
child = parent
child += '/missing'
print(os.path.isdir(parent), os.path.exists(child), os.listdir(parent))
with open(os.path.join(parent, 'f.txt'), 'w') as f:
    f.write('in parent\n')
name = os.path.join(parent, 'f.txt')
longer = name + '.bak'
print(open(name).read(), end='')
shutil.rmtree(top)
print(os.path.exists(top))
