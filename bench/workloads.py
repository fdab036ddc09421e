# What ordinary scripts spend their time on (text, regular expressions, JSON,
# objects, sorting), each timed in-process; bench/run.js (section
# "workloads") runs this file under CPython and pywasm and prints the ratios.
# Each line printed is "name<TAB>milliseconds", the best of three runs in
# the process: on V8 a first run's time depends on when the interpreter's
# loop was recompiled by TurboFan, which depends on what ran before it, so
# single runs moved by 2x as other workloads changed. The sizes are a step's
# worth of work: a log of 20,000 lines, a list of 20,000 records.
import collections
import json
import re
import time

LOG = "\n".join(
    "2026-12-05 00:%02d:%02d INFO worker-%d processed %d items in %d ms" % (i % 60, i % 60, i % 7, i * 3, i % 1000)
    for i in range(20000)
)
LINES = LOG.split("\n")
RECORDS = [{"id": i, "name": "item%d" % i, "tags": ["a", "b"], "score": i * 0.5} for i in range(20000)]
RECORDS_JSON = json.dumps(RECORDS)
LINE_RE = re.compile(r"worker-(\d+) processed (\d+) items in (\d+) ms")
# lines made one by one, as a script reading a file makes them: the garbage
# of each line's making lies between the lines kept
MADE_LINES = [f"2026-12-05 INFO worker-{i % 7} processed {i * 3} items in {i % 1000} ms" for i in range(20000)]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def keywords(a, b=1, *, c=2, **rest):
    return a + b + c


def doubled(n):
    for i in range(n):
        yield i * 2


WORKLOADS = [
    ("str methods per line", lambda: [l.strip().lower().replace("info", "I").startswith("2026") for l in LINES]),
    ("split lines and fields", lambda: ",".join(l.split(" ")[3] for l in LOG.split("\n"))),
    ("len, index, slice per line", lambda: [(len(l), l[5], l[5:20]) for l in LINES]),
    ("str.encode per line", lambda: [l.encode() for l in LINES]),
    ("% and f-string formatting", lambda: [f'{d["id"]:>6} {d["name"]:<10} {d["score"]:.2f}' for d in RECORDS]),
    ("Counter of words", lambda: collections.Counter(LOG.split())),
    ("re.findall", lambda: re.findall(r"\d+", LOG)),
    ("re.finditer groups", lambda: [m.group(1) for m in re.finditer(r"worker-(\d+)", LOG)]),
    ("re.sub with a group", lambda: re.sub(r"worker-(\d+)", r"w\1", LOG)),
    ("re.search per line", lambda: [LINE_RE.search(l).groups() for l in MADE_LINES]),
    ("json.dumps", lambda: json.dumps(RECORDS)),
    ("json.loads", lambda: json.loads(RECORDS_JSON)),
    ("sorted with a key", lambda: sorted(RECORDS, key=lambda d: (-d["score"], d["name"]))),
    ("objects and methods", lambda: sum(Point(i, i + 1).norm() for i in range(100000))),
    ("keyword calls", lambda: [keywords(i, b=2, c=3, d=4) for i in range(100000)]),
    ("generator pipeline", lambda: sum(x for x in doubled(200000) if x % 3)),
    ("dict of str keys", lambda: {l[:24]: i for i, l in enumerate(LINES)}),
    ("in a set of literals", lambda: sum(1 for l in LINES if l[20:24] in {"INFO", "WARN", "ERROR"})),
    # rows of 36 values (more than 128 bytes each), all kept
    ("rows kept per line", lambda: [[l, l[:10], len(l)] * 12 for l in MADE_LINES]),
]

for name, work in WORKLOADS:
    best = None
    for _ in range(3):
        start = time.perf_counter()
        work()
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    print("%s\t%.2f" % (name, best * 1000))
