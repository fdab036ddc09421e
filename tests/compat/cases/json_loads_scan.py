# json.loads: strict JSON takes the C scanner (port/modjsonscan.c); anything it
# leaves (errors, NaN, lone surrogates, deep nesting, hooks) takes json.py, and both
# must give what CPython gives.
import json
docs = ['{"a": [1, 2.5, -0, -0.0, 1e400, 12345678901234567890123], "b": {"c": null, "d": true, "e": false}}',
        '"\\ud83d\\ude00 a\\u00e9 \\n\\t\\"\\\\\\/"', '  [ ]  ', '{}', '{"a":1,"a":2,"b":3}', '[1, [2, [3, [4]]]]',
        '"\\ud800"', 'NaN', '[Infinity, -Infinity]', '01', '[1,]', '{"a" 1}', '"\x01"', '1.', '.5', '-', '[1 2]', '{"a":1,}',
        '"abc', '', ' ', 'tru', 'nul', '[1]x', '"\\x"', '"\\u12"', '1E5', '1e-5', '-1.5E+3', '"é☃😀"', '[' * 300 + ']' * 300]
for d in docs:
    try:
        r = json.loads(d)
        print('ok', repr(r)[:80], type(r).__name__)
    except ValueError as e:
        print('err', type(e).__name__, str(e)[:70])
    except RecursionError as e:
        print('recursion')
print(list(json.loads('{"z": 1, "a": 2, "z": 3}').items()))
print(json.loads(b'[1]'), json.loads(bytearray(b'{"x": "y"}')))
print(json.loads('[1.5]', parse_float=str), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
big = {'k%d' % i: [i, str(i), {'f': i / 7, 's': 'x\u00e9\n"%d"' % i}] for i in range(2000)}
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, ensure_ascii=False)) == big)
