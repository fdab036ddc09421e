# dict | x only for a dict x: a TypeError naming both types, or the right
# operand's __ror__ (OrderedDict keeps its type); |= takes any pairs (patch 0155).
from collections import OrderedDict as O, Counter
def t(f):
    try: r = f(); print(type(r).__name__, r)
    except Exception as e: print(type(e).__name__, e)
t(lambda: {} | [('a', 1)])
t(lambda: {'z': 0} | O(a=1))
t(lambda: O(a=1) | {'z': 0})
t(lambda: {'a': 1} | {'b': 2})
t(lambda: {'a': 1} | 5)
class R:
    def __ror__(s, o): return 'ror'
t(lambda: {'a': 1} | R())
class D(dict): pass
t(lambda: {} | D(a=1))
t(lambda: D(a=1) | {'b': 1})
def f():
    d = {}; d |= [('a', 1)]; d |= {'b': 2}; d |= O(c=3); return d
t(f)
def f():
    d = {}; d |= 5; return d
t(f)
def f():
    c = Counter(a=1); c |= {'a': 3, 'b': 1}; return c
t(f)
t(lambda: {'a': 1} | Counter(a=1))
