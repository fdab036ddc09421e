# sys.setrecursionlimit() bounds how deep a recursion goes before
# RecursionError (pywasm keeps within a few calls of CPython's depth).
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def runaway(counter):
    counter.append(1)
    runaway(counter)


for limit in (40, 120, 400):
    sys.setrecursionlimit(limit)
    print(limit, depth(limit - 25))
    try:
        depth(limit + 25)
        print("no RecursionError")
    except RecursionError as e:
        print("RecursionError:", e)
    calls = []
    try:
        runaway(calls)
    except RecursionError:
        print("runaway stopped within 10% of the limit:", abs(len(calls) - limit) < limit // 10)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth(900))
