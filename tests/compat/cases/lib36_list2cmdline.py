# subprocess.list2cmdline: the Microsoft C runtime's quoting (spaces, tabs,
# empty arguments, quotes and the backslashes before them).
import pathlib
import subprocess

cases = [['a', 'b c', ''], ['a"b', 'c\\d', 'e\\\\"f'], ['x y\\', 'tail\\\\', 'tab\there'], ['"'], ['\\\\'],
         ['a b\\\\\\'], [b'bytes arg', pathlib.PurePosixPath('/p q/r')], [], ['\u00fc \u00df', 'ok'],
         ['\\"\\', '"a b"']]
for c in cases:
    print(repr(subprocess.list2cmdline(c)))
print(subprocess.list2cmdline(iter(['gen', 'x'])), subprocess.list2cmdline(('t',)))
print('list2cmdline' in subprocess.__all__)
