# Report formatting with string methods, sorting dicts, enumerate/zip strictness.
repos = {'pywasm': {'stars': 120, 'lang': 'C', 'open': 7}, 'actions': {'stars': 45, 'lang': 'Python', 'open': 0},
         'docs': {'stars': 45, 'lang': 'Markdown', 'open': 2}, 'Zeta': {'stars': 3, 'lang': 'python', 'open': 12}}
by_stars = sorted(repos.items(), key=lambda kv: (-kv[1]['stars'], kv[0]))
print([k for k, _ in by_stars])
print(sorted(repos, key=str.lower), sorted(repos), sorted(repos, reverse=True), sorted(repos.values(), key=lambda v: v['open'], reverse=True)[0])
print(max(repos, key=lambda k: repos[k]['open']), min(repos.items(), key=lambda kv: kv[1]['stars'])[0])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True), sorted('Banana', key=str.casefold), sorted([3, 1, 2], key=None))
width = max(len(k) for k in repos)
print('| ' + 'name'.ljust(width) + ' | ' + 'stars'.rjust(5) + ' | lang'.ljust(12) + ' |')
print('|' + '-' * (width + 2) + '|' + '-' * 7 + '|')
for i, (name, info) in enumerate(by_stars, start=1):
    print(f"| {name:<{width}} | {info['stars']:>5} | {info['lang']:^10} | #{i:02d} {info['open'] / 10:6.1%}")
print('{:>10}|{:<6}|{:^7}|{:*^9}|{:+d}|{: d}|{:x}|{:#o}|{:08.3f}|{:.2e}|{:,}'.format('r', 'l', 'c', 'mid', 5, 7, 255, 8, 3.14159, 12345.678, 10 ** 7))
print('%-6s|%6.2f|%03d|%x|%r|%5s%%' % ('ab', 2.5, 7, 255, 'q', 'x'), '%(a)s-%(b)d' % {'a': 'A', 'b': 2})
s = '  Hello, World! hello  '
print(s.strip(), s.lstrip(), s.rstrip() + '|', s.strip().lower().count('hello'), s.find('World'), s.rfind('l'), s.index('W'))
print(s.split(','), s.split(), 'a,b,,c'.split(','), 'a b  c'.split(' ', 1), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'x'.partition('='))
print('line1\nline2\r\nline3'.splitlines(), 'a\nb\n'.splitlines(True), '-'.join(['a', 'b']), ', '.join(map(str, range(3))))
print('Title case me'.title(), 'UPPER'.lower(), 'mixed Case'.swapcase(), 'capitalize ME'.capitalize(), 'x'.upper(), 'ß'.casefold() if False else '')
print('v1.2.3'.removeprefix('v'), 'file.tar.gz'.removesuffix('.gz'), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc'), 'abc'.startswith('b', 1))
print('42'.zfill(5), '-42'.zfill(5), 'ab'.center(6, '*'), 'tab\there'.expandtabs(4), 'a\tb'.expandtabs(), repr('x'.ljust(3)))
print('abc123'.isalnum(), 'abc'.isalpha(), '123'.isdigit(), '12.3'.isdecimal(), '  '.isspace(), 'Ab'.istitle(), 'ab'.islower(), 'AB'.isupper(), 'x_1'.isidentifier())
print('hello world'.replace('o', '0'), 'aaa'.replace('a', 'b', 2), 'a-b_c'.translate(str.maketrans('-_', '  ')), 'abc'.translate({ord('a'): None}))
print('{name} has {n} items'.format_map({'name': 'cart', 'n': 3}), 'x'.join('abc'), 'abc'[::-1], 'abcdef'[1:5:2], 'é'.encode(), b'caf\xc3\xa9'.decode())
print(str(3.0), str(1e16), str(1.5e-7), repr(0.1), str(10 ** 20), str(-0.0), f'{1/3:.3f}', f'{2/3:.0%}', f'{1234.5:,.1f}', f'{0.000123:g}', f'{1e20:g}')
print(f'{"nested " + str(1):>12}', f'{3:{"0"}{4}d}', f"{'a'!r}", f'{[1, 2]!s:>8}', f'{{literal}}', f'{10:#x} {10:#b} {-5:05d}')
names = ['a', 'b', 'c']
vals = [1, 2, 3]
print(list(zip(names, vals)), dict(zip(names, vals)), list(zip(*[(1, 'x'), (2, 'y')])), list(enumerate('ab', 10)))
print(list(zip('ab', 'abc')), list(zip()), list(reversed(list(enumerate('xy')))))
print(any(v > 2 for v in vals), all(vals), sum(vals, 10), min([], default='none'), max(3, 7, key=lambda v: -v), divmod(-7, 2), abs(-3.5), round(2.5), round(3.14159, 2), round(1234, -2))
counts = {'b': 2, 'a': 2, 'c': 5}
print(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), sorted(counts.items(), key=lambda kv: (kv[1], kv[0])), {k: v for k, v in sorted(counts.items()) if v > 1})
d = dict(counts)
d.update(z=0)
d.setdefault('a', 99)
print(d, d.pop('z'), d.pop('nope', None), list(d.keys()), list(d.values()), d | {'n': 1}, d.get('c'))
d |= {'b': 20}
print(d, list(reversed(list(d))), dict(d, extra=1))
