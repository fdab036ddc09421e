# ntpath: Windows paths taken apart and put together as CPython computes
# them on any system: drives, UNC shares, device paths, '/' read as '\',
# bytes paths, and CPython's errors.
import itertools
import ntpath
import os

examples = [
    "C:\\Users\\me\\file.txt", "c:/a/b/", "C:", "C:rel\\x", "\\\\server\\share\\dir\\f.tar.gz",
    "//server/share", "\\\\server", "\\\\?\\UNC\\srv\\sh\\x", "\\\\.\\PIPE\\name", "\\a\\..\\..\\b",
    "a\\.\\b\\..\\c\\", "..\\..\\x", ".hidden", "a.b.c", "dir.d\\name", "", ".", "~", "~\\docs", "~bob\\x",
    "%A%\\x", "$A\\${B}", "'%A%'", "100%%", "$$", "%Z% $Z ${Z}",
]
os.environ.update({"A": "va", "B": "vb", "USERPROFILE": "C:\\Users\\me", "USERNAME": "me"})
for p in examples:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p), ntpath.normpath(p),
          ntpath.normcase(p), ntpath.isabs(p), ntpath.expanduser(p), ntpath.expandvars(p))

atoms = ["C:", "d:", "\\", "/", "a", "..", "x.y", "\\\\h\\s"]
for a, b in itertools.product(atoms, repeat=2):
    print(repr(a + b), ntpath.join(a, b), ntpath.join(b, a, "z"), ntpath.basename(a + b), ntpath.dirname(a + b))

print(ntpath.relpath("C:\\a\\b\\c", "C:\\a\\d"), ntpath.relpath("C:\\A\\B", "c:\\a"), ntpath.relpath("c:\\x", "c:\\x"))
print(ntpath.commonpath(["C:\\a\\b\\c", "c:/A/b/d"]), ntpath.commonpath(["a\\b", "a\\c\\"]), ntpath.commonprefix(["C:\\ab", "C:\\ac"]))
print(ntpath.split(b"C:\\a\\b"), ntpath.join(b"a", b"b"), ntpath.normpath(b"a/../b"), ntpath.splitext(b"f.txt"))
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.extsep, ntpath.curdir, ntpath.pardir, ntpath.devnull)
print(ntpath.abspath("C:\\q\\..\\r"), ntpath.abspath("x") == ntpath.normpath(ntpath.join(os.getcwd(), "x")))
for call in (lambda: ntpath.join("a", None), lambda: ntpath.join("a", b"b"), lambda: ntpath.relpath(""),
             lambda: ntpath.relpath("C:\\a", "D:\\b"), lambda: ntpath.commonpath([]),
             lambda: ntpath.commonpath(["C:\\a", "D:\\a"]), lambda: ntpath.commonpath(["\\a", "a"])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
