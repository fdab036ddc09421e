# Unpacking fails with CPython's texts (patch 0053).
for source in ['x, y = 5', 'x, y = [1, 2, 3]', 'x, y, z = [1, 2]', 'x, y = (i for i in range(3))',
               'x, *y = 5', 'a, *b, c = [1]', 'a, *b, c = iter([1])', 'x, y = None', 'x, y = "abc"',
               'x, y = {1: 2}', 'x, y = "ab"', 'a, *b = range(4)', 'for k, v in [(1, 2, 3)]: pass',
               'for k, v in [5]: pass']:
    try:
        exec(source)
        print(source, '-> ok')
    except (TypeError, ValueError) as e:
        print(source, '->', type(e).__name__, e)
