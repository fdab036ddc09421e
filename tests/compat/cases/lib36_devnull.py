# open(os.devnull) works in the sandbox, which has no /dev: writes vanish,
# reads find the end at once (port/fileopen.c, _pywasm_devnull).
import os, io, contextlib
with open(os.devnull, 'w') as f:
    print('hidden', file=f)
    print(f.write('abc'), f.writable(), f.readable(), f.closed)
print(f.closed)
with open(os.devnull) as f:
    print(repr(f.read()), list(f), f.readline() == '')
with open(os.devnull, 'rb') as f:
    print(f.read())
with open(os.devnull, 'wb') as f:
    print(f.write(b'xyz'))
with contextlib.redirect_stdout(open(os.devnull, 'w')):
    print('silenced')
print(isinstance(open(os.devnull, 'w'), io.IOBase))
try:
    open(os.devnull, 'w').write(b'x')
except TypeError as e:
    print('TypeError')
