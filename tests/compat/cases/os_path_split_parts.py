# os.path.split, basename and dirname: trailing and repeated slashes, str,
# bytes and path-like arguments, and the errors for what is not a path.
import os.path
for p in ["", "/", "//", "///a", "a", "a/", "a//", "/a/b", "/a/b/", "a/b//c", "//a//b//", "/a///", b"/x/y", b"y"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
class P:
    def __fspath__(self): return "/q/r.txt"
print(os.path.split(P()), os.path.basename(P()), os.path.dirname(P()))
for bad in (None, 5):
    for f in (os.path.split, os.path.basename, os.path.dirname):
        try: f(bad)
        except TypeError as e: print(f.__name__, "TypeError", e)
