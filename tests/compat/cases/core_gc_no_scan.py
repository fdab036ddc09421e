# The collector does not read str and bytes data, or the buffers they are
# built in, for pointers (patch 0187). Everything else still must be: this
# keeps objects reachable only through containers, instances, closures,
# StringIO, bytearrays and regex matches over long texts, collects often
# while building and dropping them, and checks that every value survives.
# Big ints' digits and the items of bytearrays and numeric arrays are not
# read either (patch 0188).
import array
import gc
import hashlib
import io
import re

digest = hashlib.sha256()
keep = {}


class Box:
    def __init__(self, value):
        self.value = value
        self.pair = (value, [value])


def closure(v):
    return lambda: v


for round_ in range(8):
    made = []
    for i in range(3000):
        s = "v%d-%s" % (i, "é" * (i % 9)) * (1 + i % 40)
        b = s.encode() * (1 + i % 3)
        ba = bytearray(b)
        ba.extend(b"!")
        sio = io.StringIO()
        sio.write(s)
        big = (7 ** (50 + i % 300)) * (-1) ** i
        nums = array.array("d" if i % 2 else "q", range(i % 90))
        item = [s, b, ba, sio, Box(s[: i % 50]), closure(b[-5:]), {s[:20]: (b, i)}, big, nums]
        made.append(item)
        if i % 7 == 0:
            keep[(round_, i)] = item
        if i % 500 == 0:
            gc.collect()
    text = "".join(x[0] for x in made[:400])
    found = [m.group(0) for m in re.finditer(r"v\d+-é*", text)]
    keep[("text", round_)] = (text, found)
    del made
    gc.collect()

for key in sorted(k for k in keep if k[0] != "text"):
    s, b, ba, sio, box, fn, d, big, nums = keep[key]
    assert big == (7 ** (50 + key[1] % 300)) * (-1) ** key[1] and list(nums) == list(range(key[1] % 90))
    digest.update(str(big).encode() + bytes(nums))
    assert sio.getvalue() == s and bytes(ba[:-1]) == b and box.value == s[: key[1] % 50]
    assert box.pair[1][0] == box.value and fn() == b[-5:] and d[s[:20]] == (b, key[1])
    digest.update(s.encode() + b + bytes(ba))
for r in range(8):
    text, found = keep[("text", r)]
    digest.update(text.encode() + "".join(found).encode())
print(len(keep), digest.hexdigest())
