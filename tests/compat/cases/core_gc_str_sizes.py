# Strings on both sides of the allocator's block sizes (a 64-character str
# needs a fifth 16-byte block for its terminating nul), made, grown, dropped
# and kept in the patterns that move allocations (patch 0174): every kept
# value must still be intact at the end.
import hashlib

kept = []
digest = hashlib.sha256()
for round_ in range(6):
    made = []
    for i in range(6000):
        text = "x" * (56 + (i * 7 + round_) % 24) + str(i)
        low = text.upper().lower()
        made.append(low)
        if i % 97 == 0:
            kept.append(low + "!")
        if i % 5 == 0:
            grown = low
            for _ in range(3):
                grown += "ab"
            made.append(grown.encode())
    digest.update(repr(made[::250]).encode())
    if round_ % 2:
        made = None
print(len(kept), kept[0], kept[-1][-12:], all(k.endswith("!") and k.startswith("x" * 56) for k in kept))
print(digest.hexdigest())
