# Indexing and slicing long texts while short strings come and go: the
# interpreter remembers where characters are in a few long strings, and
# the slices a loop takes must not push the text itself out (a 650 KB
# text sliced every 7 characters took 42 s, two texts read alternately
# minutes). Also checks that what is remembered stays right when strings
# are freed and others of the same size take their place.
import gc
import random
text = ''.join('line %d: some text here, value=%d\n' % (i, i) for i in range(30000))
uni = text.replace('some', 'söme').replace('text', 'tëxt€')
print(len(text), len(uni), sum(len(text[i:i + 40]) for i in range(0, len(text), 7)))
print(sum(len(uni[i:i + 40]) for i in range(0, len(uni), 7)), uni[-60:-30], uni[123456:123470])
a, b = text, uni + 'x'
print(sum(1 for i in range(0, 600000, 5) if a[i] == b[i]), sum(1 for i in range(len(uni) - 1, 0, -997) if uni[i] == 'ë'))
print(sum(uni.find('€', i) for i in range(0, len(uni), 5000)), sum(uni.rfind('ö', 0, i) for i in range(1, len(uni), 7001)))
rng = random.Random(5)
bad = 0
for round in range(30):
    ss = [''.join(rng.choice('aé€x𝄞 ') for _ in range(300)) for _ in range(12)]
    cs = [list(s) for s in ss]
    for _ in range(200):
        k = rng.randrange(12)
        i = rng.randrange(300)
        if ss[k][i] != cs[k][i] or ss[k][i:i + 5] != ''.join(cs[k][i:i + 5]):
            bad += 1
    if round % 3 == 0:
        gc.collect()
    del ss[::2], cs[::2]
print('mismatches', bad)
