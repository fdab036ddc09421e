# Instances of subclasses of int and float (IntEnum members) on either side
# of an operator, in sorted/max/float()/math, a subclass's own __radd__, and
# a class made unhashable with __hash__ = None (patch 0085).
class I(int):
    pass
a = I(5)
for expr in ['1 < a', 'a < 1', '1 == a', '1 + a', 'a + 1', 'max(a, 7)', 'max(9, a)', 'sorted([a, 3, 9])', '2 * a', '1.5 < a', 'a in {5: 1}', '{5: "x"}[a]']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(e)
try:
    {H(): 1}
except TypeError as e:
    print(e)
class R(int):
    def __radd__(self, other):
        return 'R.__radd__'
print(1 + R(2), R(2) + 1)
import enum
class Color(enum.IntEnum):
    RED = 1
    BLUE = 3
print(sorted([Color.BLUE, 2, Color.RED]), max(2, Color.BLUE), 1 < Color.BLUE, 10 * Color.RED, 2.5 > Color.RED, float(Color.BLUE))
import math
print(math.sqrt(Color.BLUE) == math.sqrt(3))
import json
print(json.dumps({'color': Color.BLUE, Color.RED: [Color.RED, R(4)]}))
