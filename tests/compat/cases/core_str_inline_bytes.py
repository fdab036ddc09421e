# Strs of every length around the one-allocation limit (patch 0177), made by
# slicing and splitting, then indexed from both ends, appended to, encoded
# and kept across collections: each must keep its own text.
import gc

text = "".join(chr(0x61 + i % 26) if i % 11 else "é" for i in range(400))
made = []
for n in range(0, 140):
    piece = text[n : n + n]
    made.append(piece)
    if n % 9 == 0:
        gc.collect()
words = (" ".join(text[i : i + (i % 130)] for i in range(0, 300, 7))).split(" ")
grown = []
for w in words[:30]:
    s = w
    for k in range(4):
        s += str(k)
    grown.append(s)
gc.collect()
print(len(made), [len(p) for p in made[60:70]], made[100][-3:], made[139][0], made[139][-1])
print(sum(len(p) for p in made), sum(len(p.encode()) for p in made))
print(len(words), [w[:3] + w[-3:] for w in words[10:14]], grown[5][-6:], grown[29][:4])
print(all(made[n] == text[n : n + n] for n in range(140)), hash(made[90]) == hash(text[90:180]))
print(sorted({p[:2] for p in made if p})[:8], "".join(made[120][i] for i in range(0, 120, 10)))
