# os.path on bytes paths gives bytes, as CPython's posixpath does
# (python-multipart splits the extension off a bytes file name).
import os
import os.path as P

cases = [
    ('splitext', (b'/x/report.tar.gz',)), ('splitext', (b'.bashrc',)), ('splitext', (b'a.',)),
    ('splitext', (b'dir.d/file',)), ('splitext', (b'x/.hidden.txt',)),
    ('join', (b'/a', b'b', b'c.txt')), ('join', (b'a', b'/abs')), ('join', (b'', b'x')),
    ('split', (b'/a/b/c',)), ('basename', (b'/a/b',)), ('dirname', (b'/a/b',)),
    ('normpath', (b'/a/./b/../c//d',)), ('normpath', (b'',)), ('isabs', (b'/x',)), ('isabs', (b'x',)),
    ('commonprefix', ([b'/a/bc', b'/a/bd'],)), ('commonpath', ([b'/a/b/c', b'/a/b/d'],)),
    ('commonpath', ([b'a/b', b'a/c'],)), ('relpath', (b'/a/b/c', b'/a')), ('abspath', (b'/q/../r',)),
    ('expandvars', (b'$PYWASM_SURELY_UNSET/y',)), ('splitdrive', (b'/a',)), ('normcase', (b'/A',)),
]
for name, args in cases:
    print(name, args, getattr(P, name)(*args))
print(P.relpath(b'sub/file') == os.fsencode(P.relpath('sub/file')))
print(P.abspath(b'rel') == os.fsencode(P.abspath('rel')))
for name, args in [('join', ('a', b'b')), ('commonpath', (['/a', b'/a'],)), ('relpath', (b'/a', '/b'))]:
    try:
        getattr(P, name)(*args)
    except TypeError as e:
        print(name, 'TypeError', e)
