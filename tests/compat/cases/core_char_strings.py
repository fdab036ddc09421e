# One-character strings of non-ASCII characters (patch 0088): chr(), indexing
# and iteration over CJK text give equal, hashable strings that work as dict
# keys and set members, compare with literals, and slow nothing down after.
s = ''.join(chr(c) for c in range(0x4e00, 0x4e00 + 3000))
counts = {}
for ch in s + s[:100]:
    counts[ch] = counts.get(ch, 0) + 1
print(len(counts), counts['\u4e00'], counts[chr(0x4e00 + 2999)], s[5] == '\u4e05', s[5] is not None)
print(sorted(set(s[::500])), '\u4e00' in set(s), {chr(0xe9): 1}['é'], 'é' == 'café'[-1], hash('é') == hash('café'[3]))
print(''.join(reversed(s[:5])), s[1:4] + chr(0x1f600), list('añb'), [c for c in 'ü€😀'])
