"""bisect: bisect_left/bisect_right (bisect), insort_left/insort_right
(insort), with lo, hi and key as in Python 3.10+. The searches are C
(port/modbisect.c)."""
from _pywasm_bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
