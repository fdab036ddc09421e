# json.dumps: plain data takes the C writer (port/modjsonscan.c); anything it
# leaves (subclasses, non-str keys, NaN, cycles, deep nesting, indent, sort_keys,
# default) takes json.py, and both must write what CPython writes.
import json, collections
class S(str): pass
class I(int): pass
class F(float): pass
class L(list): pass
class D(dict): pass
values = [None, True, False, 0, -5, 2**100, -2**70, 1.5, -0.0, 1e300, 1e-7, 0.1, 123456789.125, float('nan'), float('inf'),
          '', 'plain', 'quote " back \\ slash / nl \n cr \r tab \t bs \b ff \f', '\x00\x01\x1f\x7f', 'é☃😀', '\u2028\u2029',
          [], (), {}, [1, [2, (3, {})]], {'a': 1, 'b': [None, True]}, {'z': 1, 'a': 2},
          {1: 'int key'}, {1.5: 'x'}, {True: 1, None: 2}, {'k': S('sub')}, [I(7), F(2.5)], L([1]), D(a=1),
          collections.OrderedDict([('b', 1), ('a', 2)]), [[[[[[[[[[[[1]]]]]]]]]]]]]
for v in values:
    for kw in ({}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'allow_nan': False}, {'sort_keys': True}, {'indent': 2}):
        try:
            print(json.dumps(v, **kw))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
deep = []
x = deep
for _ in range(300):
    x.append([]); x = x[0]
print(len(json.dumps(deep)))
cyc = [1]; cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print('ValueError', e)
d = {'k%d' % i: i for i in range(100)}
del d['k5']; d['k5'] = 'again'
print(json.dumps(d)[-40:])
print(json.dumps({'a': 1}, separators=[', ', ': ']), json.dumps([1, 2], separators=('; ', '= ')))
big = {'k%d' % i: [i, str(i), {'f': i / 7, 's': 'x\u00e9\n"%d"\U0001f600' % i, 't': (i, None)}] for i in range(2000)}
for ea in (True, False):
    s = json.dumps(big, ensure_ascii=ea)
    print(len(s), s[-120:])
for sep in [(), [], (',',), (',', ':', '?'), 1, None, [',', ':'], (1, 2)]:
    try:
        print(json.dumps([1, {'a': False}], separators=sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
