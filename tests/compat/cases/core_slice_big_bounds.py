# Slice bounds and steps beyond a machine word are clamped, as CPython
# clamps them, and such an index is an IndexError: they raised OverflowError.
import sys
for e in ["[1,2][:2**40]", "b'xy'[:10**30]", "slice(0, 10**20).indices(5)", "'abc'[1:2**31]", "'abc'[-2**70:]", "'abc'[:-2**70]", "[1,2,3][::-2**40]",
          "bytearray(b'abc')[2**33:]", "memoryview(b'abc')[:2**40].tobytes()", "range(5)[:10**20]", "(1,2,3)[-10**20:10**20]", "'héllo'[1:2**50]", "[1,2][2**40:]",
          "[1,2,3][1:sys.maxsize]", "'abc'[sys.maxsize:]", "'abc'[-sys.maxsize-1:]"]:
    try: print(e, repr(eval(e)))
    except Exception as ex: print(e, type(ex).__name__, ex)
x = [0, 1, 2, 3]; x[1:2**40] = ["a"]; print(x)
y = [0, 1, 2, 3]; del y[:10**20]; print(y)
for bad in ["[1][10**20]", "'abc'[2**40]"]:
    try: eval(bad)
    except (IndexError, OverflowError) as ex: print(bad, "raises")
for bad in ["[1][2**40]", "'abc'[-2**40]", "(1,)[2**35]", "b'x'[2**40]", "bytearray(b'x')[-2**33]", "range(3)[2**40]"]:
    try:
        eval(bad)
    except IndexError as ex:
        print(bad, "IndexError:", ex)
