# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Differential fuzz: tomllib docs and errors, ipaddress, glob patterns over a fixture tree."""
import random
import tomllib
import ipaddress
import glob
import os
import tempfile

random.seed(1717)
KEYS = ["a", "b-c", '"quoted key"', "d.e", "'lit'", "1", "ü"]
VALS = ['1', '-0', '+3', '0x1F', '0o17', '0b101', '1_000', '3.14', '-1e-3', 'inf', 'nan', 'true', 'false', '"s"', "'lit\\n'", '"esc\\t\\u00e9"',
        '"""\nmulti\\\n  line"""', "'''raw\n'''", '1979-05-27T07:32:00Z', '1979-05-27 07:32:00.999999-07:00', '1979-05-27', '07:32:00', '[1, 2,]', '[]', '{x = 1}', '{}', '[[1], ["a"]]',
        '01', '1__0', '"unterminated', '[1,,2]', '{x=1,}', 'tru', '1979-13-01', '+inf', '0x', '"\\x"', '1.', '.5', '1e', "'''a'''b'''"]
for i in range(250):
    lines = []
    for _ in range(random.randint(1, 5)):
        r = random.random()
        if r < 0.15:
            lines.append("[" + random.choice(["t", "t.u", "x", "a", '"q q"']) + "]")
        elif r < 0.2:
            lines.append("[[" + random.choice(["arr", "t"]) + "]]")
        elif r < 0.25:
            lines.append("# comment")
        else:
            lines.append(random.choice(KEYS) + random.choice([" = ", "=", " =", " : "]) + random.choice(VALS))
    doc = "\n".join(lines)
    try:
        print(i, repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(i, repr(doc), "TOMLDecodeError", e)
    except Exception as e:
        print(i, repr(doc), "OTHER", type(e).__name__, e)
for i in range(150):
    v = random.random()
    if v < 0.4:
        s = ".".join(str(random.choice([0, 1, 10, 127, 192, 255, 256, random.randint(0, 300)])) for _ in range(random.choice([3, 4, 4, 4, 5])))
    elif v < 0.8:
        s = ":".join(random.choice(["", "0", "1", "ffff", "db8", "2001", "fe80", "g", "12345"]) for _ in range(random.randint(2, 9)))
    else:
        s = random.choice(["::1", "::", "::ffff:1.2.3.4", "fe80::1%eth0", "1.2.3.4/24", "10.0.0.0/8", "2001:db8::/32", "::/0", "1.2.3.04"])
    try:
        a = ipaddress.ip_address(s)
        print(s, "addr", a, a.version, a.is_private, a.is_global, a.is_loopback, a.is_link_local, a.is_multicast, a.is_reserved, a.is_unspecified, int(a) % 1000, a.exploded)
    except ValueError as e:
        print(s, "addr ValueError", e)
    try:
        n = ipaddress.ip_network(s, strict=False)
        print(s, "net", n, n.num_addresses if n.num_addresses < 10**6 else "big", n.prefixlen, n.is_private, n.with_netmask, n.with_hostmask)
    except ValueError as e:
        print(s, "net ValueError", e)
root = tempfile.mkdtemp()
for rel in ["a.py", "b.txt", ".hid", "d/e.py", "d/.f.py", "d/g/h.md", "x[1].txt", "sp ace.py", "d/g/.i/j.py", "UP.PY"]:
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w").close()
for pat in ["*", "*.py", "**", "**/*.py", "d/*", "d/**", "**/", "*/", "[a-c]*", "[!a]*", "x[[]1].txt", "x[1].txt", "?.py", "d/g/*.md", "**/.*", ".*", "*.[pP][yY]", "d/**/*.py", "**/g/**", "nope/*", glob.escape("x[1].txt")]:
    for rec in (False, True):
        for hid in (False, True):
            r = sorted(glob.glob(pat, root_dir=root, recursive=rec, include_hidden=hid))
            print(pat, rec, hid, r)
import shutil
shutil.rmtree(root)
