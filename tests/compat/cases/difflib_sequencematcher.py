import difflib
from difflib import SequenceMatcher, Match

# Documented examples.
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for block in s.get_matching_blocks():
    print('a[%d] and b[%d] match for %d elements' % tuple(block))
for opcode in s.get_opcodes():
    print('%6s a[%d:%d] b[%d:%d]' % opcode)
s = SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk), sorted(s.bpopular))
s = SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())
m = s.find_longest_match(0, 5)
print(repr(m), m.a, m.b, m.size, m == (0, 0, 2), tuple(m), m[2], Match(1, 2, 3), Match._fields)
a, b = 'qabxcd', 'abycdf'
s = SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

# set_seq1 / set_seq2 keep b's index; results are cached.
s = SequenceMatcher()
print(s.a, s.b, s.get_opcodes(), list(s.get_grouped_opcodes()), s.ratio())
s.set_seq2('abcdef')
for x in ('abc', 'bcdefg', 'fedcba', ''):
    s.set_seq1(x)
    print(x, s.get_opcodes(), round(s.ratio(), 4))
s.set_seqs('hello', 'yellow')
print(s.get_matching_blocks() is s.get_matching_blocks(), s.get_opcodes() is s.get_opcodes())
print(sorted(s.b2j.items()))

# Grouped opcodes trim the context (and CPython's cached opcodes with them).
a = list(range(40))
b = list(a)
b[5] = 'x'
b[30:32] = []
s = SequenceMatcher(None, a, b)
print(s.get_opcodes())
for n in (0, 1, 3, 10, 20):
    print(n, list(s.get_grouped_opcodes(n)))
print(s.get_opcodes())
s = SequenceMatcher(None, 'same', 'same')
print(list(s.get_grouped_opcodes()), s.get_opcodes())

# Junk functions: called once per distinct element of b, in first-seen order.
seen = []
def junk(c):
    seen.append(c)
    return c in ' \t'
s = SequenceMatcher(junk, 'a b\tc', 'b a c\tb ')
print(seen, sorted(s.bjunk), s.get_matching_blocks(), s.get_opcodes())
s.set_seq1('xyz')
print(seen)
# Junk only pads a block at its ends, never starts one.
s = SequenceMatcher(lambda c: c == '-', 'ab--cd', '--ab--cd--')
print(s.find_longest_match(), s.get_matching_blocks())
s = SequenceMatcher(lambda c: c == '-', '----', '----')
print(s.find_longest_match(), s.get_matching_blocks(), s.ratio())
s = SequenceMatcher(lambda c: c in 'ab', 'ab', 'ba')
print(s.get_opcodes(), s.ratio(), s.quick_ratio())

# autojunk: in a 300-element b, items seen more than 300//100 + 1 = 4 times are popular.
b = []
for i in range(300):
    b.append('pop' if i % 7 == 0 else ('rare5' if i in (1, 2, 3, 4, 5) else ('four' if i in (8, 9, 10, 11) else i)))
a = b[:150] + ['new'] + b[151:]
s = SequenceMatcher(None, a, b)
print(sorted(s.bpopular), len(s.b2j), 'pop' in s.b2j, 'four' in s.b2j, s.b2j['four'])
print(s.get_matching_blocks())
print(s.get_opcodes(), round(s.ratio(), 6))
print(s.find_longest_match(0, 10, 0, 10), s.find_longest_match(140, 160, 140, 160))
s = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 6))
x = ['p'] * 150 + ['q'] + ['p'] * 49
y = ['p'] * 199 + ['q']
s = SequenceMatcher(None, x, y)
print(sorted(s.bpopular), s.get_matching_blocks(), s.ratio())
s = SequenceMatcher(None, y, x)
print(s.get_matching_blocks(), s.get_opcodes())
s = SequenceMatcher(None, x[:199], y[:199])
print(sorted(s.bpopular), s.get_matching_blocks())
s = SequenceMatcher(None, 'a' * 250 + 'xyz', 'xyz' + 'a' * 250)
print(sorted(s.bpopular), s.get_matching_blocks(), s.ratio())
s = SequenceMatcher(None, 'a' * 250 + 'xyz', 'xyz' + 'a' * 250, False)
print(sorted(s.bpopular), s.get_matching_blocks(), s.ratio())

# Ties: the block earliest in a wins, then earliest in b.
for a, b in (('abab', 'ab'), ('ab', 'abab'), ('xaby', 'abab'), ('ba', 'ab'), ('aaa', 'aaa'), ('abc', 'cab')):
    s = SequenceMatcher(None, a, b)
    print(a, b, s.find_longest_match(), s.get_matching_blocks())
s = SequenceMatcher(None, 'abcabc', 'abcxabc')
print(s.find_longest_match(1), s.find_longest_match(0, 6, 1), s.find_longest_match(2, 5, 1, 6), s.find_longest_match(3, 3, 0, 7))

# Sequences of lines / tuples, and unhashable elements.
s = SequenceMatcher(None, ('a', 1, (2, 3)), ['a', 1, (2, 3), None])
print(s.get_opcodes(), s.ratio())
try:
    SequenceMatcher(None, 'abc', [[1]])
except TypeError:
    print('TypeError')

# A deterministic batch of pseudo-random comparisons.
state = [2024]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def rseq(maxlen, alpha):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen + 1)))
for r in range(40):
    alpha = ('ab', 'abc', 'abcdef ', 'a ')[r % 4]
    big = r % 10 == 9
    a = rseq(260 if big else 20, alpha)
    b = list(a)
    for _ in range(rnd(12)):
        k = rnd(3)
        if k == 0 and b:
            del b[rnd(len(b))]
        elif k == 1:
            b.insert(rnd(len(b) + 1), alpha[rnd(len(alpha))])
        elif b:
            b[rnd(len(b))] = alpha[rnd(len(alpha))]
    b = ''.join(b)
    s = SequenceMatcher((None, lambda c: c == ' ')[r % 2], a, b, autojunk=r % 3 != 0)
    print(r, len(a), len(b), sorted(s.bpopular), s.get_opcodes())
    print(s.get_matching_blocks(), s.ratio(), s.quick_ratio())
    print(s.find_longest_match(rnd(len(a) + 1), len(a), 0, rnd(len(b) + 1)), list(s.get_grouped_opcodes(r % 4)))
