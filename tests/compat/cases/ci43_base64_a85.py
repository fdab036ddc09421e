# base64.a85encode: zero bytes at the end were lost (a85encode(b'\0') gave b''),
# and foldspaces/wrapcol/adobe raised NotImplementedError; a85decode's options
# and errors, b85decode's error position.
import base64

for data in [b"\0", b"\0\0\0\0", b"\0\0\0\0\0", b"    ", b"   ", b"ab\0\0\0\0", b"x", b"Man is", b""]:
    for kw in [{}, {"pad": True}, {"foldspaces": True}, {"adobe": True}, {"wrapcol": 3}, {"adobe": True, "wrapcol": 4}]:
        enc = base64.a85encode(data, **kw)
        dk = {k: v for k, v in kw.items() if k in ("foldspaces", "adobe")}
        print(data, kw, enc, base64.a85decode(enc, **dk))
for bad, kw in [(b"abz", {}), (b"y", {}), (b"ab~", {}), (b"<~ab", {"adobe": True}), (b"uuuuu", {}),
                (b"ayb", {"foldspaces": True}), (b"<~87cURDZ~>", {"adobe": True}), (b"87cURDZ~>", {"adobe": True}),
                (b"87 cU\nRDZ", {}), (b"87cURDZ", {"ignorechars": b""})]:
    try:
        print(bad, base64.a85decode(bad, **kw))
    except ValueError as e:
        print(bad, "ValueError", e)
print(base64.b85encode(b"\0\0\0\0\0"), base64.b85decode(base64.b85encode(b"hello\0")))
for bad in [b"|NsC1~", b"ab\x00", b"abc{"]:
    try:
        print(base64.b85decode(bad))
    except ValueError as e:
        print(bad, "ValueError", e)
