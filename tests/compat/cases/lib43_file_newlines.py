# A text file's newlines attribute: None before the first read, then the
# line ends read so far ('\n', '\r\n' or a tuple of the kinds seen).
# bump2version writes its config back with the ends it read.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'cfg.txt')
for data in [b'a\nb\n', b'a\r\nb\r\n', b'a\r\nb\nc\r\n', b'no end', b'']:
    with open(path, 'wb') as f:
        f.write(data)
    with open(path) as f:
        before = f.newlines
        f.readline()
        first = f.newlines
        f.read()
        print(repr(before), repr(first), repr(f.newlines))
    with open(path, newline='') as f:
        f.read()
        print('  newline=""', repr(f.newlines))
    with open(path, encoding='latin-1') as f:
        f.read()
        print('  latin-1', repr(f.newlines))

# the pattern: keep the file's line ends when writing it back
with open(path, 'wb') as f:
    f.write(b'[bumpversion]\r\ncurrent_version = 1.2.3\r\n')
with open(path) as f:
    text = f.read()
    ends = f.newlines
with open(path, 'w', newline=ends) as f:
    f.write(text.replace('1.2.3', '1.2.4'))
    print('writing:', repr(f.newlines))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
os.rmdir(d)
