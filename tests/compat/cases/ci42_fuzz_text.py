# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Differential fuzz of text utilities (seeded)."""
import random
import textwrap
import shlex
import json
import csv
import io
import posixpath
import fnmatch
import difflib
import urllib.parse
import html
import re
import base64
import unicodedata

random.seed(7)
ALPH = "ab c\td\ne-f_g.h/i\\j'k\"l$m*n?o[p]q{r}s#t=u&v%w+x,y;zé😀 \u00a0\u2003ß"


def rs(n=None):
    n = n if n is not None else random.randint(0, 40)
    return "".join(random.choice(ALPH) for _ in range(n))


out = []
for i in range(150):
    s = rs()
    w = random.randint(1, 25)
    try:
        out.append(repr(textwrap.wrap(s, width=w, break_long_words=random.random() < 0.7, break_on_hyphens=random.random() < 0.5)))
    except ValueError as e:
        out.append("VE " + str(e))
    out.append(repr(textwrap.shorten(s, width=max(w, 12))) if s.strip() else "")
    out.append(repr(textwrap.dedent("  " + s.replace("\n", "\n  "))) + repr(textwrap.indent(s, "> ")))
    try:
        out.append(repr(shlex.split(s)))
    except ValueError as e:
        out.append("shlex VE " + str(e))
    out.append(shlex.quote(s) + " " + repr(shlex.split(shlex.quote(s)) == [s]))
    out.append(json.dumps(s) + json.dumps(s, ensure_ascii=False) + str(json.loads(json.dumps(s)) == s))
    buf = io.StringIO(); wr = csv.writer(buf); row = [s, rs(5), "", rs(3)]; wr.writerow(row)
    out.append(repr(buf.getvalue()) + str(next(csv.reader(io.StringIO(buf.getvalue(), newline=""))) == row) if "\r" not in s else "cr")
    p = "/".join(random.choice(["a", "..", ".", "", "b c", "d"]) for _ in range(random.randint(0, 6)))
    out.append(f"{p!r} {posixpath.normpath(p) if p else ''} {posixpath.split(p)} {posixpath.splitext(p)} {posixpath.basename(p)} {posixpath.dirname(p)} {posixpath.join('x', p)}")
    pat = "".join(random.choice("ab*?[]!-.") for _ in range(random.randint(1, 6)))
    try:
        out.append(f"{pat!r} {fnmatch.fnmatchcase(s, pat)} {fnmatch.translate(pat)}")
    except re.error as e:
        out.append(f"{pat!r} re.error")
    out.append(urllib.parse.quote(s) + " " + urllib.parse.quote_plus(s, safe="/") + " " + str(urllib.parse.unquote(urllib.parse.quote(s)) == s) + " " + urllib.parse.urlencode({"k": s}))
    out.append(html.escape(s) + " " + str(html.unescape(html.escape(s)) == s))
    out.append(base64.b64encode(s.encode()).decode() + " " + s.encode("utf-8", "replace").hex()[:20] + " " + s.encode("ascii", "backslashreplace").decode() + " " + s.encode("latin-1", "xmlcharrefreplace").decode("latin-1"))
    out.append(repr(s.split()) + repr(s.splitlines(True)) + repr(s.title()) + repr(s.swapcase()) + repr(s.casefold()) + repr(s.expandtabs(3)) + repr(s.strip(" \t\n")) + str(s.isprintable()) + str(s.isidentifier()))
    out.append(repr([unicodedata.category(c) for c in s[:5]]) + unicodedata.normalize("NFKD", s)[:10])
    a, b = rs(15), rs(15)
    sm = difflib.SequenceMatcher(None, a, b)
    out.append(f"{sm.ratio():.4f} {sm.get_opcodes()[:3]}")
    out.append("".join(difflib.unified_diff(a.split(), b.split(), lineterm="", n=1)))
    rp = random.choice([r"\w+", r"\s+", r"[a-z]+(?=\s)", r"(\w)\1", r"(?i)[A-E]", r"\b\w", r"\W+", r"[^\x00-\x7f]", r".", r"(?s).{2}", r"\d*", r"(?<=a)b|c", r"[\\/]+"])
    out.append(f"{rp} {re.findall(rp, s)} {re.sub(rp, '#', s)!r} {re.split(rp, s)[:4]}")
print("\n".join(out))
