import difflib

# Typical use: diff two versions of a config file.
old = """[build]
name = pywasm
version = 1.0.0
target = wasm32
opt = -O2

[test]
runner = node
timeout = 30
retries = 1
verbose = false
""".splitlines(True)
new = """[build]
name = pywasm
version = 1.1.0
target = wasm32
opt = -Os

[test]
runner = node
timeout = 60
verbose = false
coverage = true
""".splitlines(True)
print(''.join(difflib.unified_diff(old, new, 'a/setup.cfg', 'b/setup.cfg')), end='')
print(''.join(difflib.unified_diff(old, new, fromfile='old', tofile='new', fromfiledate='2024-01-01 10:00:00',
                                   tofiledate='2024-02-01 11:00:00', n=1)), end='')
print(''.join(difflib.context_diff(old, new, 'a/setup.cfg', 'b/setup.cfg')), end='')
print(''.join(difflib.context_diff(old, new, 'x', 'y', 'd1', 'd2', n=0)), end='')
for line in difflib.unified_diff([l.rstrip('\n') for l in old], [l.rstrip('\n') for l in new], lineterm=''):
    print(repr(line))

# Ratios of strings and close matches for a misspelt command.
for x, y in [('hello world', 'hallo world'), ('abcd', 'bcde'), ('', ''), ('abc', ''), ('kitten', 'sitting'),
             ('private Thread currentThread;', 'private volatile Thread currentThread;')]:
    s = difflib.SequenceMatcher(None, x, y)
    print(repr(x), repr(y), round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
cmds = ['install', 'uninstall', 'list', 'show', 'freeze', 'check', 'config', 'download', 'wheel', 'hash', 'help',
        'inspect', 'search', 'cache', 'index', 'debug']
for typo in ('instal', 'lsit', 'shwo', 'chek', 'confg', 'xyzzy', 'inspcet', 'serach'):
    print(typo, difflib.get_close_matches(typo, cmds), difflib.get_close_matches(typo, cmds, n=1, cutoff=0.4))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['wheel', 'wheel', 'whee', 'heel']), difflib.get_close_matches('a', []))
print(difflib.get_close_matches('ab', ['ba', 'ab', 'ba', 'aab', 'abb'], n=10, cutoff=0.0))
for n, cutoff in ((0, 0.6), (-1, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches('x', ['x'], n, cutoff)
    except ValueError as e:
        print('ValueError', e)

# ndiff / Differ with '?' guide lines, and restore.
text1 = ['  1. Beautiful is better than ugly.\n', '  2. Explicit is better than implicit.\n',
         '  3. Simple is better than complex.\n', '  4. Complex is better than complicated.\n']
text2 = ['  1. Beautiful is better than ugly.\n', '  3.   Simple is better than complex.\n',
         '  4. Complicated is better than complex.\n', '  5. Flat is better than nested.\n']
d = list(difflib.Differ().compare(text1, text2))
print(''.join(d), end='')
print(''.join(difflib.restore(d, 1)) == ''.join(text1), ''.join(difflib.restore(d, 2)) == ''.join(text2))
nd = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(True), 'ore\ntree\nemu\n'.splitlines(True)))
print(''.join(nd), end='')
print(''.join(difflib.restore(nd, 1)), end='')
print(''.join(difflib.restore(iter(nd), '2')), end='')
for which in (0, 3, '9'):
    try:
        list(difflib.restore(nd, which))
    except ValueError as e:
        print('ValueError', e)
print(list(difflib.ndiff(['\tif x:\n', '\t\treturn 1\n'], ['\tif  y:\n', '\t\treturn  2\n'])))
print(list(difflib.ndiff(['abcdefgh\n', 'same\n', 'zzz\n'], ['xyz\n', 'same\n', 'abcdefgi\n'])))
print(list(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['c\n', 'b\n', 'a\n'])))
print(list(difflib.ndiff(['x\n', 'y\n'], ['p\n', 'y\n', 'x\n', 'q\n'])))
print(list(difflib.ndiff(['aaa\n', 'b\n'], ['aab\n', 'bbbbbbbbbb\n', 'c\n', 'd\n'])))
print(list(difflib.ndiff(['# c\n', '\n', 'x = 1\n'], ['x = 2\n', '\n', '#\n'], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(['a b c\n'], ['a  b  c\n'], charjunk=None)))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(['the cat sat\n'], ['the hat sat\n'])))
print(list(difflib.ndiff([], [])), list(difflib.ndiff(['a'], [])), list(difflib.ndiff([], ['b'])))
print(list(difflib.ndiff('abc', 'abd')))

# Junk predicates.
for line in ('', '\n', '  \n', '#\n', '  #  \n', '##\n', 'x\n', ' # x\n', '\t#\t\n'):
    print(repr(line), difflib.IS_LINE_JUNK(line))
print([difflib.IS_CHARACTER_JUNK(c) for c in ' \tx\n#'], difflib.IS_CHARACTER_JUNK('x', ws='xyz'))

# Edge cases of the diff formats: empty, identical, no trailing newline, n=0.
def show(gen):
    print(repr(list(gen)))
show(difflib.unified_diff([], []))
show(difflib.unified_diff(['a\n'], ['a\n']))
show(difflib.unified_diff([], ['a\n', 'b\n']))
show(difflib.unified_diff(['a\n', 'b\n'], []))
show(difflib.unified_diff(['a\n'], ['b\n']))
show(difflib.unified_diff(['a\n', 'b'], ['a\n', 'b\n']))
show(difflib.unified_diff(['a', 'b', 'c', 'd', 'e'], ['a', 'x', 'c', 'd', 'e'], n=0, lineterm=''))
show(difflib.unified_diff(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'd', 'x', 'e', 'f'], n=0, lineterm=''))
show(difflib.context_diff([], ['a\n', 'b\n']))
show(difflib.context_diff(['a\n', 'b\n'], []))
show(difflib.context_diff(['a\n'], ['b\n']))
show(difflib.context_diff(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'd', 'x', 'e', 'f'], n=0, lineterm=''))
show(difflib.context_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'b\n', 'c\n', 'd\n'], n=1))
lines = ['line %d\n' % i for i in range(30)]
changed = list(lines)
changed[2] = 'LINE 2\n'
changed[15:17] = []
changed.insert(25, 'new\n')
for n in (0, 1, 3, 5, 20):
    print(''.join(difflib.unified_diff(lines, changed, n=n)), end='')
print(''.join(difflib.context_diff(lines, changed, n=2)), end='')
for bad in ((['a'], [b'b']), ([1], ['a']), (['a'], ['b'], 'f', None), (['a'], ['b'], 'f', 't', '', '', 3, b'\n')):
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print('TypeError', e)
try:
    list(difflib.context_diff([b'x'], []))
except TypeError as e:
    print('TypeError', e)

# diff_bytes.
a = [b'caf\xc3\xa9\n', b'\xff\xfe raw\n', b'same\n']
b = [b'cafe\n', b'\xff\xfe raw\n', b'same\n', b'\x80 new\n']
show(difflib.diff_bytes(difflib.unified_diff, a, b, b'old\xe9', b'new', b'2024', b'2025'))
show(difflib.diff_bytes(difflib.context_diff, a, b, n=0, lineterm=b'\r\n'))
show(difflib.diff_bytes(difflib.unified_diff, [], []))
for args in ((['x'], [b'y']), ([b'x'], [b'y'], 'f')):
    try:
        list(difflib.diff_bytes(difflib.unified_diff, *args))
    except TypeError as e:
        print('TypeError', e)


# HtmlDiff: side-by-side tables (anchor prefixes count up per table).
h = difflib.HtmlDiff()
print(h.make_file(old, new, 'setup.cfg (old)', 'setup.cfg (new)'))
print(h.make_table(old, new, context=True, numlines=1))
print(h.make_table(text1, text2, 'a', 'b'))
print(difflib.HtmlDiff(tabsize=4, wrapcolumn=14).make_table(['\tindented & <tagged> line that is long\n', 'same\n'],
                                                           ['\tindented & <tagged> line that is longer\n', 'same\n']))
print(h.make_table([], []), h.make_table(['x\n'], ['x\n'], context=True), h.make_table(['x\n'], ['x\n']))
lines_b = list(lines)
lines_b[3:5] = ['three\n']
lines_b[20] = ''
print(h.make_table(lines, lines_b, context=True, numlines=2))
print(h.make_file(['caf\xe9\n'], ['cafe\n'], charset='ascii').count('&#233;'))
class Styled(difflib.HtmlDiff):
    _styles = difflib.HtmlDiff._styles + '\n        td {padding:0}'
print(Styled(wrapcolumn=0).make_file(['a'], ['b'])[300:700])

# More Differ/HtmlDiff paths: identical lines inside a replaced block (junk lines), Unicode
# whitespace kept in '?' guides, a change mark cut by wrapping, and a missing pair in context mode.
J = difflib.IS_LINE_JUNK
print(list(difflib.ndiff(['#\n', 'a\n', '#\n', 'x\n'], ['b\n', '#\n', 'c\n', 'y\n'], linejunk=J)))
print(list(difflib.ndiff(['\n', 'abcdefg\n', '\n'], ['\n', 'zzz\n', '\n', 'abcdefh\n'], linejunk=J)))
print([ascii(x) for x in difflib.ndiff(['\u3000abc\u3000x\n', 'a\xa0bcdef\xa0\n'], ['\u3000abd\u3000x\n', 'a\xa0bcdefg\xa0\n'])])
print([J(x) for x in ('\u3000#\u2003\n', '\xa0', '#\x85', '# #')])
print(list(difflib.restore(['- a', '+ b', '  c'], 1.5)), list(difflib.ndiff([1, 2, 3], [1, 2])))
print(difflib.HtmlDiff(wrapcolumn=4).make_table(['abcdefghijkl\n', 'x'], ['abXdefghijkY\n', 'x', 'new line here'],
                                                 context=True, numlines=0))
print(difflib.HtmlDiff(tabsize=0).make_table(['\ta\0b\n', 'p\n', 'q\n'], ['\ta b\n', 'r\n']))
print(difflib.HtmlDiff().make_table(['a\n', 'b\n'], ['a\n', 'b\n'], context=True))
