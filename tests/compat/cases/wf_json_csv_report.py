# Read test results as JSON, write a CSV summary and a JSON report, read them back.
import csv
import io
import json
import os
import tempfile

results = {
    "suite": "unit",
    "tests": [
        {"name": "test_parse", "status": "passed", "duration": 0.125, "tags": ["fast"]},
        {"name": "test_io", "status": "failed", "duration": 1.5, "error": "AssertionError: 1 != 2"},
        {"name": "test_net, slow", "status": "skipped", "duration": 0.0, "tags": []},
        {"name": 'quote "x"', "status": "passed", "duration": 2.25, "tags": ["slow", "io"]},
    ],
    "meta": {"python": "3.11", "ok": False, "retries": None},
}

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'results.json')
    with open(src, 'w', encoding='utf-8') as f:
        json.dump(results, f, indent=2, sort_keys=True)
    with open(src) as f:
        text = f.read()
    print(text.splitlines()[:6])
    data = json.loads(text)
    totals = {}
    for t in data['tests']:
        totals[t['status']] = totals.get(t['status'], 0) + 1
    print(totals, round(sum(t['duration'] for t in data['tests']), 3))

    out = os.path.join(d, 'summary.csv')
    with open(out, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['name', 'status', 'duration', 'tags'], extrasaction='ignore')
        w.writeheader()
        for t in data['tests']:
            row = dict(t)
            row['tags'] = ';'.join(t.get('tags', []))
            w.writerow(row)
    with open(out, newline='') as f:
        raw = f.read()
    print(repr(raw))
    with open(out, newline='') as f:
        rows = list(csv.DictReader(f))
    print(rows[1])
    print([r['name'] for r in rows], [float(r['duration']) for r in rows])
    with open(out, newline='') as f:
        r = csv.reader(f)
        header = next(r)
        print(header, sum(1 for _ in r), r.line_num)

    buf = io.StringIO()
    w = csv.writer(buf, delimiter='\t', quoting=csv.QUOTE_MINIMAL, lineterminator='\n')
    w.writerows([['a', 'b c', 'd\te'], [1, 2.5, None], ['', 'x"y', 'multi\nline']])
    print(repr(buf.getvalue()))
    print(list(csv.reader(io.StringIO(buf.getvalue()), delimiter='\t')))
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL).writerow(['a', 1, None])
    csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerow(['a', 1, 2.5])
    print(repr(buf.getvalue()))
    print(list(csv.reader(['x,"y,z",w', ' a, b'], skipinitialspace=True)))

    report = {"summary": totals, "failed": [t["name"] for t in data["tests"] if t["status"] == "failed"],
              "unicode": "caf\u00e9 \u2713", "nested": {"b": [1, 2.0, True, None], "a": {}}}
    print(json.dumps(report))
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))
    print(json.dumps(report, indent=4, separators=(',', ': '))[:120])
    print(json.dumps([1, [2, [3, []]], {}], indent=2))
    print(json.dumps({'k': 1, 'v': [1, 2]}, separators=(',', ':')), json.dumps('tab\there "q" \\ /'))
    print(json.dumps({3: 'int key', True: 'bool key', None: 'none', 1.5: 'f'}))
    class Enc(json.JSONEncoder):
        def default(self, o):
            if isinstance(o, set):
                return sorted(o)
            return super().default(o)
    print(json.dumps({'s': {3, 1, 2}}, cls=Enc), json.dumps({'s': {3, 1}}, default=sorted))
    try:
        json.dumps({'x': object()})
    except TypeError as e:
        print('TypeError', str(e).startswith('Object of type object is not JSON serializable'))
    for bad in ['{"a": 1,}', '[1, 2', '', 'nul', '{"a" 1}']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print('bad', repr(bad), e.msg, e.pos, e.lineno, e.colno)
    print(json.loads('{"a": 1, "a": 2, "n": 1e3, "i": -0, "f": 1.0}'), json.loads('"\\u00e9\\n"'))
    print(json.loads('[1.5, 2]', parse_float=str), json.loads('{"b":1,"a":2}', object_pairs_hook=list))
    with open(os.path.join(d, 'lines.jsonl'), 'w') as f:
        for t in data['tests']:
            f.write(json.dumps({'n': t['name'], 'd': t['duration']}) + '\n')
    with open(os.path.join(d, 'lines.jsonl')) as f:
        print([json.loads(line)['d'] for line in f])
