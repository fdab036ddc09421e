# pathlib.PureWindowsPath on a POSIX system: drives, UNC shares, roots,
# joining across drives, case-insensitive equality, ordering, relative_to
# and match, reserved names, URIs, conversions to and from PurePosixPath;
# WindowsPath cannot be made here.
from pathlib import PureWindowsPath as W, PurePosixPath as P, PurePath, WindowsPath
import pathlib, os
class Mine(W):
    # a subclass made before any Windows path is
    def shout(self):
        return str(self).upper()
print(isinstance(5, W), issubclass(WindowsPath, W), Mine('c:/x/y').shout(), repr(Mine('a') / 'b'))
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['C:\\a\\b.txt', 'c:/x/y', 'C:', 'C:a\\b', '\\a\\b', '\\\\server\\share\\dir\\f.txt', '//server/share', 'a/b/../c', '.', '', 'a\\.\\b', 'C:\\', 'C:/', 'x.tar.gz', 'C:\\a\\', 'a//b', '\\\\?\\C:\\x', 'NUL', 'c:/con.txt', 'COM1.log', 'lpt9', 'aux .txt']:
    p = W(s)
    print(repr(s), repr(p), str(p), p.drive, p.root, p.anchor, p.parts, p.name, p.suffix, p.stem, p.parent, list(p.parents), p.is_absolute(), p.as_posix(), p.is_reserved())
tr(lambda: W('C:/a') / 'b' / 'c.txt')
tr(lambda: W('C:/a') / 'D:b')
tr(lambda: W('C:/a') / 'c:b')
tr(lambda: W('C:/a') / '/x')
tr(lambda: W('C:/a', 'D:/b', 'e'))
tr(lambda: W('a') / 'C:b')
tr(lambda: 'x' / W('y'))
tr(lambda: W('C:/A/B') == W('c:/a/b'))
tr(lambda: W('C:/A/B') != W('c:/a/b'))
tr(lambda: hash(W('C:/A/B')) == hash(W('c:/a/b')))
tr(lambda: W('C:/A') < W('c:/b'))
tr(lambda: W('a') == P('a'))
tr(lambda: P('a') == W('a'))
tr(lambda: W('a') < P('b'))
tr(lambda: P('a') < W('b'))
tr(lambda: W('C:/a/b/c').relative_to('c:/A'))
tr(lambda: W('C:/a/b/c').relative_to('D:/a'))
tr(lambda: W('a/b').relative_to('C:/'))
tr(lambda: W('C:/a/b').with_name('x.py'))
tr(lambda: W('C:/a/b.txt').with_suffix('.md'))
tr(lambda: W('C:/a/b.txt').with_suffix('.m\\d'))
tr(lambda: W('C:/').with_name('x'))
tr(lambda: W('C:/a/b').with_name('x/y'))
tr(lambda: W('C:/a/b').with_name('x\\y'))
tr(lambda: W('C:/a/b').with_name('D:'))
tr(lambda: W('C:/a/b').as_uri())
tr(lambda: W('//server/share/x y').as_uri())
tr(lambda: W('a/b').as_uri())
tr(lambda: W('C:/a/B.PY').match('*.py'))
tr(lambda: W('C:/a/b.py').match('A/*.PY'))
tr(lambda: W('C:/a/b.py').match('c:/a/*.py'))
tr(lambda: W('C:/a/b.py').match('d:/a/*.py'))
tr(lambda: W('C:/a/b.py').match('/a/*.py'))
tr(lambda: W('C:/a/b').joinpath('x', 'y'))
tr(lambda: sorted([W('b'), W('A'), W('a/c')]))
tr(lambda: W('C:/a/b').is_relative_to('c:/a'))
tr(lambda: [str(x) for x in W('C:/a/b/c').parents[1:]])
tr(lambda: W('C:/a/b').parents[-1])
tr(lambda: W(P('a/b')))
tr(lambda: P(W('a\\b')))
tr(lambda: P(W('C:/a')))
tr(lambda: W('a\\b').with_stem('z'))
tr(lambda: f'{W("C:/x")}')
tr(lambda: os.fspath(W('C:/x/y')))
tr(lambda: W('C:/x').__bytes__())
tr(lambda: isinstance(W('a'), PurePath))
tr(lambda: pathlib.WindowsPath('a'))
tr(lambda: W(5))
tr(lambda: {W('A'): 1}[W('a')])
tr(lambda: W('C:\\Program Files\\App\\app.exe').parent.name)
tr(lambda: W('C:\\Users\\me\\file.tar.gz').suffixes)
print(sorted([Mine('b'), W('A')]), W('a') == Mine('A'), PurePath('a/b').parts)
try:
    from pathlib import nosuch
except ImportError as e:
    print('ImportError')
try:
    WindowsPath('a')
except NotImplementedError as e:
    print('NotImplementedError', e)
