import pprint
data = {'name': 'pywasm', 'version': (1, 25, 0), 'deps': ['a' * 20, 'b' * 25, 'c' * 30],
        'nested': {'k%d' % i: list(range(i)) for i in range(8)}, 'empty': {}, 'none': None,
        'text': 'The quick brown fox jumps over the lazy dog. ' * 3}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat([1, (2, 3), {'b': 1, 'a': 2}]))
print(pprint.pformat({'z': 1, 'a': [1, 2]}, width=10))
print(pprint.saferepr({'b': [1, 2], 'a': 'x'}), pprint.isreadable([1, 'a']), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r))
pprint.pp({'b': 1, 'a': 2})
pprint.pprint(12345678, underscore_numbers=True)
pp = pprint.PrettyPrinter(width=30, compact=True)
pp.pprint(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'])
