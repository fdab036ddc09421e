# open('') in every mode is FileNotFoundError naming '' (the working
# directory is not opened); other bad paths keep their errors.
import io
import os
import tempfile

for mode in ('r', 'rb', 'w', 'a', 'x', 'r+', 'wb'):
    for name in ('', b''):
        try:
            open(name, mode)
        except OSError as e:
            print(mode, repr(name), type(e).__name__, e.errno, e.strerror, repr(e.filename))
try:
    io.open('')
except FileNotFoundError as e:
    print('io.open:', e)
try:
    open('', 'q')
except ValueError as e:
    print('bad mode first:', e)
d = tempfile.mkdtemp()
try:
    open(d)
except IsADirectoryError as e:
    print('directory:', type(e).__name__, e.errno)
for call in (lambda: os.stat(''), lambda: os.listdir('')):
    try:
        call()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
os.rmdir(d)
