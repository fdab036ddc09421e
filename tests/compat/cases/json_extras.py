import json
d = {'b': [1, 2.5, None, True, False, 'x\n"é☃😀'], 'a': {'z': {}, 'y': []}, 'c': 1e100, 'n': -0.0}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=2))
print(json.dumps(d, sort_keys=True, indent='\t', ensure_ascii=False))
print(json.dumps(d, sort_keys=True, separators=(',', ':')))
print(json.dumps([1, 2], indent=0))
print(json.dumps({1: 2, 2.5: 3, None: 1, True: 2}, sort_keys=False) if False else json.dumps({1: 'a'}))
class P:
    def __init__(s): s.x = 1
print(json.dumps({'p': P()}, default=lambda o: o.__dict__))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E))
try: json.dumps({'p': P()})
except TypeError as e: print(e)
for bad in ['', '{', '[1,]', '{"a" 1}', '[1 2]', '{"a":1} x', 'nul', '"abc', '{1:2}', '  [\n 1,\n  ]']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), e.msg, e.pos, e.lineno, e.colno, '|', e)
print(json.loads('{"a": [1, 2.0, "\\u00e9\\ud83d\\ude00"], "b": null}')["a"][2] == "\u00e9\U0001f600")
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads(b'[1]'), json.loads('[NaN, Infinity]'))
import io
f = io.StringIO(); json.dump([1, {'a': 'b'}], f); print(f.getvalue()); f.seek(0); print(json.load(f))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
print(isinstance(json.JSONDecodeError('x', 'y', 0), ValueError))
