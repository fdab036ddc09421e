# Indexing, slicing, len() and find() on long strings of ASCII and of
# multi-byte characters, in the orders that exercise the interpreter's
# remembered character positions (patch 0064): forwards, backwards, jumps,
# several strings in turn, strings freed and new ones made in their place,
# and collections in between. Everything printed is a digest, so a wrong
# character anywhere shows.
import gc
import random

rng = random.Random(64)
ALPHABETS = ['abcdefghij', 'aé€𝄞b', 'ñandú', '日本語テキスト', 'x']


def make(n, alphabet):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def digest(items):
    h = 0
    for x in items:
        for ch in str(x):
            h = (h * 131 + ord(ch)) % 1000000007
    return h


strings = [make(n, a) for n in (0, 1, 31, 32, 33, 100, 1000, 5000) for a in ALPHABETS]

for k, s in enumerate(strings):
    n = len(s)
    fwd = [s[i] for i in range(n)]
    back = [s[i] for i in range(n - 1, -1, -1)]
    neg = [s[-i] for i in range(1, n + 1)]
    jumps = [s[rng.randrange(n)] for _ in range(200)] if n else []
    cuts = [s[a:b] for a, b in ((rng.randrange(-n - 5, n + 5), rng.randrange(-n - 5, n + 5)) for _ in range(100))]
    steps = [s[::3], s[::-2], s[5:n - 5:7], s[-10:], s[:-10]]
    print('str', k, n, len(s.encode()), digest(fwd), digest(back), digest(neg), digest(jumps), digest(cuts), digest(steps))
    try:
        s[n]
    except IndexError as e:
        print('  past the end:', e)
    try:
        s[-n - 1]
    except IndexError as e:
        print('  before the start:', e)

# several long strings indexed in turn (they share the remembered slots)
pool = [make(2000, ALPHABETS[i % 4]) for i in range(9)]
acc = []
for step in range(3000):
    s = pool[rng.randrange(len(pool))]
    i = rng.randrange(len(s))
    acc.append(s[i])
    acc.append(s[i:i + 3])
print('interleaved', digest(acc))

# find() and index() return character indexes, from any start
for a in ALPHABETS[:4]:
    s = make(3000, a)
    needle = s[1500:1503]
    found, i = [], -1
    while True:
        i = s.find(needle[0], i + 1)
        if i < 0:
            break
        found.append(i)
    print('find', a, len(found), digest(found), s.find(needle), s.rfind(needle), s.index(needle, 100), s.find(needle, -500), s.count(needle[0]))

# strings freed and made again, likely at the same addresses, with and
# without a collection in between
for rnd in range(30):
    s = make(rng.randrange(40, 400), ALPHABETS[rnd % 4])
    first = (len(s), s[len(s) // 2], s[-1], s[3:9])
    del s
    if rnd % 3 == 0:
        gc.collect()
    t = make(rng.randrange(40, 400), ALPHABETS[(rnd + 1) % 4])
    print('again', rnd, first, (len(t), t[len(t) // 2], t[-1], t[3:9], t.find(t[-1])))

# strings freed and made again in the same blocks: 64 bytes each time, but a
# different number of characters (without forgetting what it knew of the
# old string, the interpreter would index the new one wrongly)
wrong = 0
for rnd in range(300):
    k = rnd % 7
    s = 'é' * (k * 4) + 'a' * (64 - 8 * k)
    want = ['é'] * (k * 4) + ['a'] * (64 - 8 * k)
    got = [s[i] for i in range(len(want))]
    wrong += got != want or len(s) != len(want) or s[-1] != 'a' or s.find('a') != 4 * k
    del s, got
    if rnd % 2:
        gc.collect()
print('reused blocks: wrong', wrong)

# strings built by joining, slicing and decoding
big = ''.join(str(i) + ('é' if i % 7 == 0 else '') for i in range(3000))
print('joined', len(big), big[4000:4010], big[-5:], big.find('2999'), big[big.find('1500'):][:8])
raw = ('ascii then ünïcödé ' * 50).encode()
text = raw.decode()
print('decoded', len(text), text[500], text[-3:], text.find('ö', 600), text[::97])
