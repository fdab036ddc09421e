# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Assorted helpers: HTTP status mapping, glob options, zip mkdir, temp dirs, gzip logs."""
import http
from http import HTTPStatus
import glob
import os
import tempfile
import zipfile
import gzip
import io
import collections
import itertools
import urllib.request
import urllib.error

for code in (200, 201, 301, 404, 418, 429, 500, 503):
    s = HTTPStatus(code)
    print(code, s.phrase, s.name, repr(s), int(s), s == code, s.description[:30], f"{s}")
print(HTTPStatus.NOT_FOUND.value, HTTPStatus["OK"], list(HTTPStatus)[:2], http.HTTPStatus.IM_A_TEAPOT.phrase)
print(HTTPStatus.OK.is_success if hasattr(HTTPStatus.OK, "is_success") else "no is_success (3.12)")
err = urllib.error.HTTPError("https://api.example.com/x", 404, "Not Found", {"X-Req": "1"}, io.BytesIO(b'{"message": "nope"}'))
print(str(err), err.code, err.reason, err.read(100), err.headers["X-Req"], isinstance(err, urllib.error.URLError), repr(urllib.error.URLError("down")))
req = urllib.request.Request("https://api.example.com/repos/o/r/issues?state=open", headers={"Accept": "application/vnd.github+json", "User-Agent": "ci"}, method="PATCH", data=b"{}")
req.add_header("Authorization", "Bearer x")
print(req.get_method(), req.full_url, req.host, req.selector, sorted(req.header_items()), req.has_header("Authorization"), req.get_header("User-agent"), req.data)
with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as d:
    for rel in ["a.txt", ".hidden.txt", "sub/b.txt", "sub/.h/c.txt", ".cfg/d.txt"]:
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w").close()
    print(sorted(glob.glob("*.txt", root_dir=d)), sorted(glob.glob("**/*.txt", root_dir=d, recursive=True)))
    print(sorted(glob.glob("**/*.txt", root_dir=d, recursive=True, include_hidden=True)), sorted(glob.glob(".*", root_dir=d)))
    print(sorted(glob.glob(os.path.join(d, "*", "*.txt"))) == sorted(os.path.join(d, x) for x in ["sub/b.txt", ".cfg/d.txt"][:1]))
    zp = os.path.join(d, "x.zip")
    with zipfile.ZipFile(zp, "w") as zf:
        if hasattr(zf, "mkdir"):
            zf.mkdir("made")
            zf.mkdir("made2", mode=0o750)
        else:
            zf.writestr("made/", b"")
            zf.writestr("made2/", b"")
        zf.writestr("made/f.txt", "x")
    with zipfile.ZipFile(zp) as zf:
        print([(i.filename, i.is_dir(), oct(i.external_attr >> 16)) for i in zf.infolist()])
    lp = os.path.join(d, "app.log.gz")
    with gzip.open(lp, "wt", encoding="utf-8") as f:
        for i in range(100):
            f.write(f"2024-01-01 level={'ERROR' if i % 7 == 0 else 'INFO'} msg=event{i % 5}\n")
    counts = collections.Counter()
    with gzip.open(lp, "rt", encoding="utf-8") as f:
        for line in f:
            kv = dict(p.split("=", 1) for p in line.split()[1:])
            counts[(kv["level"], kv["msg"])] += 1
    print(counts.most_common(3), sum(counts.values()))
    with gzip.open(lp, "rb") as f:
        print(f.readline(), f.read(10), f.tell() if hasattr(f, "tell") else "")
    print(list(itertools.islice(gzip.open(lp, "rt"), 2)))
print(os.path.exists(d))
