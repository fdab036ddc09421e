# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Pack artifacts into zip and tar.gz, list and checksum them."""
import zipfile
import tarfile
import gzip
import hashlib
import base64
import io
import os
import tempfile
import pathlib
import time

FILES = {"bin/tool": b"#!/bin/sh\necho hi\n", "README.md": "# Tool\n\nÜnïcödé\n".encode(), "lib/data.json": b'{"a": 1}\n' * 50}
MTIME = (2024, 1, 2, 3, 4, 6)

tmp = pathlib.Path(tempfile.mkdtemp())
# zip
zpath = tmp / "art.zip"
with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for name, data in sorted(FILES.items()):
        zi = zipfile.ZipInfo(name, date_time=MTIME)
        zi.compress_type = zipfile.ZIP_DEFLATED if len(data) > 100 else zipfile.ZIP_STORED
        zi.external_attr = (0o755 if name.startswith("bin/") else 0o644) << 16
        zf.writestr(zi, data)
    empty = zipfile.ZipInfo("empty/", date_time=MTIME)
    empty.external_attr = (0o40775 << 16) | 0x10
    zf.writestr(empty, b"")
    zf.comment = b"built by ci"
with zipfile.ZipFile(zpath) as zf:
    print(zf.namelist(), zf.comment)
    for zi in zf.infolist():
        print(f"{zi.filename:<16} {zi.file_size:>5} {zi.compress_type} {oct(zi.external_attr >> 16)} {zi.date_time} {zi.is_dir()} {zi.CRC:08x}")
    print(zf.read("README.md").decode())
    print(zf.testzip())
    with zf.open("lib/data.json") as f:
        print(f.readline(), len(f.read()))
    try:
        zf.getinfo("missing")
    except KeyError as e:
        print("KeyError", e)
    out = tmp / "x"
    zf.extractall(out)
    print(sorted(str(p.relative_to(out)) for p in out.rglob("*")))
print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(io.BytesIO(b"nope")))
# tar
tpath = tmp / "art.tar.gz"
with tarfile.open(tpath, "w:gz") as tf:
    for name, data in sorted(FILES.items()):
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1700000000
        ti.mode = 0o755 if name.startswith("bin/") else 0o644
        ti.uname = ti.gname = "ci"
        tf.addfile(ti, io.BytesIO(data))
    d = tarfile.TarInfo("dir")
    d.type = tarfile.DIRTYPE
    d.mode = 0o755
    tf.addfile(d)
    l = tarfile.TarInfo("link")
    l.type = tarfile.SYMTYPE
    l.linkname = "README.md"
    tf.addfile(l)
with tarfile.open(tpath) as tf:
    for m in tf.getmembers():
        print(f"{m.name:<14} {m.size:>5} {oct(m.mode)} {m.isfile()} {m.isdir()} {m.issym()} {m.mtime} {m.uname}")
    print(tf.extractfile("lib/data.json").read(9))
    print(tf.getnames())
    tf.extractall(tmp / "t", filter="data")
print(sorted(os.listdir(tmp / "t")), tarfile.is_tarfile(tpath))
bio = io.StringIO()
# listing
with tarfile.open(tpath, "r:*") as tf:
    tf.list(verbose=False)
# gzip deterministic
raw = b"hello " * 100
gz = gzip.compress(raw, compresslevel=9, mtime=0)
print(gzip.decompress(gz) == raw, gz[:10])
with gzip.open(tmp / "f.gz", "wt", encoding="utf-8") as f:
    f.write("text\nmore\n")
with gzip.open(tmp / "f.gz", "rt") as f:
    print(f.readlines())
for algo in ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"):
    h = hashlib.new(algo, FILES["README.md"])
    print(algo, h.digest_size, h.hexdigest()[:24])
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", person=b"p").hexdigest())
print(hashlib.file_digest(open(zpath, "rb"), "sha256").hexdigest() == hashlib.sha256(zpath.read_bytes()).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32])
print(sorted(hashlib.algorithms_guaranteed)[:6])
for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode):
    print(enc.__name__, enc(b"\xfb\xff\x00hello"))
print(base64.b64decode("aGVsbG8=\n"), base64.b64decode(b"aGVsbG8", altchars=None, validate=False) if False else "", base64.standard_b64decode("+/8="))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
print(base64.encodebytes(b"x" * 60))
import shutil; shutil.rmtree(tmp)
