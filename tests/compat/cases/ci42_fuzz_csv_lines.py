# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Differential fuzz of csv reader/writer with random dialect settings (seeded)."""
import csv
import io
import random

random.seed(4242)
CH = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', '1', '2.5', 'é', '|']
for i in range(700):
    kw = {}
    if random.random() < 0.5:
        kw["delimiter"] = random.choice([",", ";", "\t", "|", " "])
    if random.random() < 0.4:
        kw["quotechar"] = random.choice(['"', "'", "|"])
    if random.random() < 0.4:
        kw["escapechar"] = random.choice(["\\", "/", None])
    if random.random() < 0.3:
        kw["doublequote"] = random.random() < 0.5
    if random.random() < 0.4:
        kw["quoting"] = random.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE])
    if random.random() < 0.3:
        kw["lineterminator"] = random.choice(["\n", "\r\n", ";;"])
    if random.random() < 0.3:
        kw["skipinitialspace"] = random.random() < 0.5
    if random.random() < 0.2:
        kw["strict"] = True
    rows = []
    for _ in range(random.randint(1, 3)):
        row = []
        for _ in range(random.randint(0, 4)):
            r = random.random()
            if r < 0.2:
                row.append(random.choice([1, 2.5, -3, 0.1, None, True]))
            else:
                row.append("".join(random.choice(CH) for _ in range(random.randint(0, 6))))
        rows.append(row)
    buf = io.StringIO()
    try:
        w = csv.writer(buf, **kw)
        for row in rows:
            w.writerow(row)
        text = buf.getvalue()
        res = repr(text)
    except (csv.Error, TypeError, ValueError) as e:
        print(i, kw, "write", type(e).__name__, str(e))
        text = "".join(",".join(str(x) for x in row) + "\n" for row in rows)
        res = "fallback"
    try:
        rkw = {k: v for k, v in kw.items() if k != "lineterminator"}
        back = list(csv.reader(__import__("re").findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text), **rkw))
        print(i, kw, res, back)
    except (csv.Error, TypeError, ValueError) as e:
        print(i, kw, res, "read", type(e).__name__, str(e))
