# traceback.format_exception() returns CPython's entries (a frame with its
# source line is one string, a chain's "During handling" another) and
# honours limit= and chain=; format_exc() and TracebackException too.
import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError("deep")
try:
    try: a()
    except ValueError: raise RuntimeError("during")
except RuntimeError as e:
    entries = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(entries), [x.splitlines()[0][:30] for x in entries])
    print(len(traceback.format_exception(e, limit=1)), ''.join(traceback.format_exception(e, limit=1)).count('File'))
    print(''.join(traceback.format_exception(e, limit=-1)).count('File'), ''.join(traceback.format_exception(e, chain=False)).count('File'))
    print(traceback.format_exception(e)[-1], end="")
try: a()
except ValueError:
    print(traceback.format_exc(limit=2).count("File"), traceback.format_exc().count("File"))
    te = traceback.TracebackException.from_exception(sys.exc_info()[1])
    print(len(list(te.format())), list(te.format_exception_only()))
def rec(n): return rec(n + 1)
