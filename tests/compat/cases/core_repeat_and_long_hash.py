# Repetition, long str/bytes as keys, and character counts (patch 0185):
# sequences repeat by doubling one copy; a str or bytes longer than 255
# bytes is hashed only when something asks (then kept); len() counts the
# characters of UTF-8 text eight bytes at a time.
import random

for seq in ([], [0], [1, "a"], (), (None,), (1, 2, 3), "", "-", "ab", "é€", b"", b"x", b"xyz", bytearray(b"q")):
    for n in (-3, 0, 1, 2, 3, 7, 80, 1000):
        r = seq * n
        assert r == n * seq
        print(type(r).__name__, len(r), r[:5], r[-3:] if len(r) else r, end="; ")
    print()
big = [7] * 1_000_003
print(len(big), big[0], big[-1], big.count(7))
text = "abc€" * 250_001
print(len(text), text[-5:], text[500_000:500_006], text.count("€"))
blob = b"\x00\xff" * 300_000
print(len(blob), blob[-3:], blob.count(b"\xff"))

# long keys: equal contents made different ways find each other
rng = random.Random(185)
keys = ["".join(rng.choice("aé€z") for _ in range(rng.randrange(250, 700))) for _ in range(200)]
table = {k: i for i, k in enumerate(keys)}
copies = ["".join(list(k)) for k in keys]
print(sum(table[c] for c in copies), all(hash(a) == hash(b) for a, b in zip(keys, copies)))
print(len(set(keys) | set(copies)), len({k.encode(): 1 for k in keys + copies}))
long_bytes = [bytes(rng.randrange(256) for _ in range(300)) for _ in range(50)]
index = {b: i for i, b in enumerate(long_bytes)}
print(sum(index[bytes(bytearray(b))] for b in long_bytes), hash(long_bytes[3]) == hash(bytes(long_bytes[3])))
almost = keys[0][:-1] + ("a" if keys[0][-1] != "a" else "z")
print(almost in table, almost == keys[0], keys[0] + "" in table, (keys[0] * 2)[len(keys[0]):] in table)


class Text(str):
    pass


print(hash(Text("t" * 400)) == hash("t" * 400), {Text("t" * 400): 1}["t" * 400])
print({"y" * 256: 1, "y" * 255: 2, "y" * 257: 3}["y" * 256], ("y" * 256) in {"y" * 255})

# character counts across the eight-byte steps
for length in range(0, 42):
    for where in range(0, length, 5):
        for ch in ("é", "€", "𝄞"):
            s = "a" * where + ch + "b" * (length - where - 1)
            assert len(s) == length and s[where] == ch and s[-1:] == (s[-1] if length else ""), (length, where, ch)
mixed = "".join(rng.choice(["a", "é", "€", "𝄞", " "]) for _ in range(5000))
print(len(mixed), len(mixed.encode()), mixed[4990:], mixed[1234:1240] == mixed.encode().decode()[1234:1240])
