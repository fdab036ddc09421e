# The re module's matching engine against CPython 3.11's sre: lookaround,
# backreferences, Unicode classes and case folding, anchors, repeats,
# possessive/atomic groups, conditionals, inline flags, the whole Match and
# Pattern API, empty matches in sub/split/findall, bytes, escapes, re.error's
# msg and pos, and a few longer realistic jobs. One labelled line per check.
import re


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
        return
    print(label, repr(r))


def sp(m):
    # everything observable about a match (or None) in one tuple
    if m is None:
        return None
    n = m.re.groups
    return (m.group(), m.groups(), [m.span(i) for i in range(n + 1)], m.lastindex, m.lastgroup)


def err(label, pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(label, 'compiled')
    except re.error as e:
        print(label, type(e).__name__, repr(e.msg), e.pos, repr(str(e)))


LOG = ('2024-03-01 12:00:01 INFO  user=Zoë action=login ip=10.0.0.7\n'
       '2024-03-01 12:00:09 WARN  user=joão action=upload size=2048KB\n'
       '2024-03-01 12:01:15 ERROR user=Ελένη action=delete path=/srv/data/São Paulo.csv\n')

# 1. Lookaround: zero-width, so spans must not include it; lookbehind is
# fixed width, alternatives of equal width are allowed; groups inside count.
show('la.pos', lambda: re.findall(r'\w+(?=\.py)', 'main.py util.pyc setup.cfg re.py'))
show('la.neg', lambda: re.findall(r'\b(?!test_)\w+\.py\b', 'test_a.py app.py test_b.py cli.py'))
show('lb.pos', lambda: re.findall(r'(?<=user=)\w+', LOG))
show('lb.neg', lambda: re.findall(r'(?<!\$)\b\d+\b', 'cost $30 qty 4 id 77'))
show('lb.alt', lambda: re.findall(r'(?<=INFO|WARN)\s+\S+', LOG))
show('lb.alt2', lambda: re.findall(r'(?<=v|V)\d+(?:\.\d+)*', 'v1.2 V3 x4 v10.0.1'))
show('la.group', lambda: sp(re.search(r'(\w+)(?=@(\w+)\.org)', 'mail zoë@python.org now')))
show('lb.group', lambda: sp(re.search(r'(?<=(\d)(\d))x', 'ab12x')))
show('la.neg.group', lambda: sp(re.search(r'(?!(a)b)\w', 'abac')))
show('la.password', lambda: bool(re.fullmatch(r'(?=.*\d)(?=.*[A-Z])(?!.*\s)\S{8,}', 'Secr3tPass')))
show('lb.start', lambda: sp(re.compile(r'(?<=a)b').match('ab', 1)))
show('lb.empty', lambda: re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))

# 2. Backreferences: numbered, named, case-insensitive, and to a group that
# did not take part (which never matches in sre).
show('br.1', lambda: re.findall(r'\b(\w+)\s+\1\b', 'the the cat sat sat on the mat'))
show('br.2', lambda: sp(re.search(r'(["\'])(.*?)\1', 'say "it\'s" ok')))
show('br.named', lambda: sp(re.search(r'<(?P<tag>\w+)>.*?</(?P=tag)>', '<b>bold <i>x</i></b>')))
show('br.icase', lambda: sp(re.search(r'(\w+) \1', 'Café CAFÉ', re.I)))
show('br.icase.sigma', lambda: sp(re.fullmatch(r'(\w+)-\1', 'ΣΑΣ-σας', re.I)))
show('br.icase.fold', lambda: [bool(re.fullmatch(r'(.)\1', s, re.I)) for s in ('σΣ', 'σς', 'k\u212a', 'sſ', 'éÉ')])
show('br.none', lambda: sp(re.match(r'(a)?b\1', 'b')))
show('br.none2', lambda: sp(re.match(r'(?:(a)|b)\1?c', 'bc')))
show('br.two', lambda: sp(re.search(r'(\d)(\d)\2\1', 'x12213443')))
show('br.quant', lambda: sp(re.match(r'(a|b)\1+', 'aaab')))

# 3. Unicode classes and case folding: str patterns are Unicode by default;
# re.A restricts \w\d\s\b to ASCII; IGNORECASE uses simple case folding.
NAMES = 'Zoë São Paulo Ελλάδα naïve café ١٢٣ ²'
show('u.w', lambda: re.findall(r'\w+', NAMES))
show('u.W', lambda: re.findall(r'\W+', 'naïve—café, Zoë!'))
show('u.d', lambda: re.findall(r'\d+', 'x١٢٣y42z²'))
show('u.s', lambda: re.split(r'\s+', 'a\u3000b\xa0c\u2028d\x1ce'))
show('u.b', lambda: re.findall(r'\b\w', 'naïve café Ελλάδα'))
show('a.w', lambda: re.findall(r'\w+', NAMES, re.A))
show('a.d', lambda: re.findall(r'\d+', 'x١٢٣y42', re.ASCII))
show('a.s', lambda: re.split(r'\s+', 'a\u3000b c\xa0d', flags=re.A))
show('a.b', lambda: re.findall(r'\b\w+\b', 'naïve café', re.A))
show('a.inline', lambda: re.findall(r'(?a)\w+', 'Zoë'))
show('i.eacute', lambda: re.findall(r'é', 'É é e', re.I))
show('i.sigma', lambda: re.findall(r'σ', 'Σ σ ς s', re.I))
show('i.final', lambda: re.findall(r'ς', 'Σ σ ς', re.I))
show('i.kelvin', lambda: re.findall(r'k', 'k K \u212a', re.I))
show('i.kelvin2', lambda: re.findall('\u212a', 'k K', re.I))
show('i.longs', lambda: re.findall(r's', 's S \u017f', re.I))
show('i.longs.a', lambda: re.findall(r's', 's S \u017f', re.I | re.A))
show('i.class', lambda: re.findall(r'[a-z]+', 'ÉCOLE Kelvin \u212a', re.I))
show('i.class.k', lambda: re.findall(r'[k]', 'kK\u212a', re.I))
show('i.dotless', lambda: re.findall(r'i', 'i I \u0130 \u0131', re.I))
show('i.sharp', lambda: re.findall(r'ß', 'ß ẞ SS', re.I))
show('r.latin', lambda: re.findall(r'[à-ÿ]+', 'naïve café Zoë ÀÉ'))
show('r.greek', lambda: re.findall(r'[α-ω]+', 'Ελλάδα αθήνα ΑΘΗΝΑ'))
show('r.greek.i', lambda: re.findall(r'[α-ω]+', 'ΑΘΗΝΑ', re.I))
show('neg.s', lambda: re.findall(r'[^\s,]+', 'São Paulo,\u3000Zoë\tx'))
show('neg.d', lambda: re.findall(r'[^\d.]+', 'v1.2-rc١'))
show('neg.w.a', lambda: re.findall(r'[^\W\d]+', 'a1ë2_3', re.A))
show('astral', lambda: sp(re.search(r'.(\U0001F600+).', 'x😀😀y')))

# 4. Anchors: ^ and $ per line under MULTILINE; $ also matches before a
# final newline; \A and \Z are absolute.
TEXT = 'alpha\nbeta\ngamma\n'
show('m.span', lambda: sp(re.search(r'^a.*\n^b', TEXT, re.M | re.S)))
show('m.span2', lambda: sp(re.search(r'^a.*?\n^b', TEXT, re.M | re.S)))
show('m.nos', lambda: re.findall(r'^\w+$', TEXT, re.M))
show('m.off', lambda: re.findall(r'^\w+$', TEXT))
show('dollar.nl', lambda: sp(re.search(r'gamma$', TEXT)))
show('dollar.nl2', lambda: sp(re.search(r'a$', 'a\n\n')))
show('dollar.all', lambda: [m.span() for m in re.finditer(r'$', 'a\nb\n')])
show('dollar.allm', lambda: [m.span() for m in re.finditer(r'$', 'a\nb\n', re.M)])
show('caret.allm', lambda: [m.span() for m in re.finditer(r'^', 'a\nb\n', re.M)])
show('Z', lambda: sp(re.search(r'gamma\Z', TEXT)))
show('Z2', lambda: sp(re.search(r'gamma\n\Z', TEXT)))
show('A.m', lambda: re.findall(r'\A\w+', TEXT, re.M))
show('dot.nl', lambda: re.findall(r'a.b', 'a\nb a\rb axb'))

# 5. Counted repeats, large counts, and braces that are literal.
show('rep.m', lambda: re.findall(r'\d{4}', '2024-03-01'))
show('rep.mn', lambda: re.findall(r'\b\w{2,4}\b', 'a bb ccc dddd eeeee'))
show('rep.m_', lambda: re.findall(r'x{2,}', 'x xx xxxxx'))
show('rep._n', lambda: re.findall(r'x{,2}', 'xxxxx'))
show('rep.big', lambda: bool(re.fullmatch(r'a{1000}', 'a' * 1000)))
show('rep.big2', lambda: re.match(r'a{999}', 'a' * 1000).span())
show('rep.big3', lambda: [len(s) for s in re.findall(r'a{1,300}', 'a' * 1000)])
show('rep.big.no', lambda: re.fullmatch(r'a{1001}', 'a' * 1000))
show('rep.lazy', lambda: sp(re.match(r'a{2,}?', 'aaaa')))
show('rep.lazy2', lambda: sp(re.match(r'(a{2,3}?)(a*)', 'aaaa')))
show('lit.xa', lambda: sp(re.search(r'x{a}', 'x{a}')))
show('lit.brace', lambda: re.findall(r'{', 'f{x}{'))
show('rep.a,', lambda: (sp(re.search(r'a{,}', 'a{,}')), sp(re.fullmatch(r'a{,}', 'aaa'))))
show('lit.a{}', lambda: sp(re.fullmatch(r'a{}', 'a{}')))
show('lit.a1,x', lambda: sp(re.search(r'a{1,x}', 'a{1,x}')))
show('lit.close', lambda: re.findall(r'}', '{}}'))
show('rep.zero', lambda: sp(re.match(r'ab{0}c', 'ac')))
show('rep.exact', lambda: sp(re.match(r'(\w{3})\.(\d{1,3})', 'rel.10000')))

# 6. Quantifiers: greedy vs lazy, possessive and atomic (new in 3.11),
# nested and empty-body repeats.
show('q.greedy', lambda: re.findall(r'<.+>', '<a><b>'))
show('q.lazy', lambda: re.findall(r'<.+?>', '<a><b>'))
show('q.lazyq', lambda: sp(re.match(r'(a??)(a*)', 'aa')))
show('q.poss*', lambda: sp(re.match(r'a*+a', 'aaa')))
show('q.poss+', lambda: sp(re.match(r'a++b', 'aaab')))
show('q.poss?', lambda: sp(re.match(r'a?+a', 'a')))
show('q.poss{}', lambda: sp(re.match(r'a{1,2}+a', 'aaa')))
show('q.atomic', lambda: sp(re.match(r'(?>a+)b', 'aaab')))
show('q.atomic.no', lambda: sp(re.match(r'(?>a|ab)c', 'abc')))
show('q.atomic.grp', lambda: sp(re.match(r'(?>(a+))(a?)', 'aaa')))
show('q.alt*c', lambda: sp(re.match(r'(a|b)*c', 'abbac')))
show('q.empty*', lambda: sp(re.match(r'(a*)*', 'b')))
show('q.empty+', lambda: sp(re.match(r'(a*)+', 'b')))
show('q.alt|', lambda: sp(re.match(r'(a|)+', 'aab')))
show('q.nested', lambda: sp(re.match(r'((a)|(b))+', 'ab')))
show('q.nested2', lambda: sp(re.match(r'(?:(a)|b)*', 'ab')))
show('q.catastrophic', lambda: re.match(r'(a+)+b', 'a' * 18))

# 7. Conditional groups by number and by name.
show('cond.1', lambda: [sp(re.fullmatch(r'(<)?(\w+@\w+\.\w+)(?(1)>|)', s)) for s in ('<a@b.com>', 'a@b.com', '<a@b.com')])
show('cond.name', lambda: re.findall(r'(?P<q>")?\b(\w+)\b(?(q)")', '"quoted" bare "half'))
show('cond.no', lambda: sp(re.match(r'(a)?(?(1)b|c)', 'c')))

# 8. Inline flags: leading global, scoped on and off, verbose; a global
# flag after the start is an error in 3.11.
show('f.i', lambda: re.findall(r'(?i)error', 'ERROR Error error'))
show('f.scoped', lambda: re.findall(r'(?i:e)rror', 'ERROR Error error'))
show('f.off', lambda: re.findall(r'(?-i:E)RROR', 'ERROR Error error', re.I))
show('f.s', lambda: re.findall(r'a(?s:.)b.c', 'a\nb\nc a\nbxc'))
show('f.m', lambda: re.findall(r'(?m)^\w', 'a\nb'))
show('f.x', lambda: sp(re.match(r'''(?x)
    (?P<major>\d+) \.   # major
    (?P<minor>\d+)      # minor
    (?:\ (?P<tag>[a-z]+))?  # escaped space
    [ ]\#               # class space and hash
''', '3.11 rc #')))
show('f.x.class', lambda: re.findall(r'(?x) [ #] ', 'a #b'))
show('f.flags', lambda: int(re.compile(r'(?ims)x').flags & (re.I | re.M | re.S)))
err('f.late', r'abc(?i)d')
err('f.late2', r'^(?x) a')

# 9. Match and Pattern API.
P = re.compile(r'(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<lvl>\w+)\s+(?:user=(?P<user>\w+))?(?P<extra>x)?')
M = P.search(LOG)
show('api.group', lambda: M.group(0, 'lvl', 3, 'user'))
show('api.groups', lambda: (M.groups(), M.groups('-')))
show('api.gdict', lambda: (M.groupdict(), M.groupdict(0)))
show('api.spans', lambda: [(M.span(g), M.start(g), M.end(g)) for g in ('date', 'user', 'extra', 0)])
show('api.regs', lambda: M.regs)
show('api.item', lambda: (M[1], M['lvl'], M[5]))
show('api.expand', lambda: M.expand(r'\g<user> at \g<time>\t[\3]\n\g<0>'))
show('api.misc', lambda: (M.pos, M.endpos, M.string == LOG, M.re is P, P.groups, dict(P.groupindex)))
show('api.repr', lambda: repr(M))
show('api.repr2', lambda: repr(re.match(r'\w+', 'Zoë\'s')))
show('api.prepr', lambda: repr(re.compile(r'a\d', re.I | re.M)))
show('api.bad', lambda: M.group(9))
show('api.bad2', lambda: M.group('nope'))
for pat, s in [('((a)b)', 'ab'), ('(a)(b)?', 'a'), ('(?P<x>a)|(?P<y>b)', 'b'), ('(a)|b', 'b'), ('((?P<in>a))', 'a'), ('(?P<o>(a)(?P<i>b))c', 'abc')]:
    show('last ' + pat, lambda: (re.match(pat, s).lastindex, re.match(pat, s).lastgroup, re.match(pat, s).span(1)))
show('pos.match', lambda: sp(re.compile(r'\d+').match('ab123cd', 2)))
show('pos.caret', lambda: re.compile(r'^\d').search('a1', 1))
show('pos.A', lambda: re.compile(r'\A\d').search('a1', 1))
show('pos.caretm', lambda: sp(re.compile(r'^\d', re.M).search('a\n1', 1)))
show('pos.lb', lambda: sp(re.compile(r'(?<=a)\d').match('a1', 1)))
show('pos.b', lambda: sp(re.compile(r'\b\w').match('ab', 1)))
show('pos.endpos', lambda: sp(re.compile(r'\d+$').search('123456', 0, 4)))
show('pos.full', lambda: sp(re.compile(r'\d+').fullmatch('ab1234', 2, 5)))
show('pos.iter', lambda: [m.span() for m in re.compile(r'\w').finditer('abcdef', 2, 5)])
show('pos.findall', lambda: re.compile(r'\d').findall('1234', 1, 3))
show('pos.neg', lambda: sp(re.compile(r'\w+').search('abc', -5, 99)))
show('pos.lookahead', lambda: re.compile(r'a(?=b)').search('ab', 0, 1))

# 10. Empty matches in findall/finditer/sub/split; counts, maxsplit,
# group templates and function replacements.
show('e.sub', lambda: re.sub('x*', '-', 'abxd'))
show('e.sub2', lambda: re.sub(r'\b', '|', 'hi Zoë'))
show('e.subn', lambda: re.subn(r'a*', 'X', 'baaac'))
show('e.split', lambda: re.split(r'\b', 'a b'))
show('e.split2', lambda: re.split(r'x*', 'axbc'))
show('e.split3', lambda: re.split(r'(?=[A-Z])', 'CamelCaseString'))
show('e.findall', lambda: re.findall(r'\d*', 'a1'))
show('e.finditer', lambda: [m.span() for m in re.finditer(r'\d*', 'a12b')])
show('e.findall.g', lambda: re.findall(r'(a)|(b)', 'abc'))
show('sub.count', lambda: re.sub(r'\d', '#', 'a1b2c3', count=2))
show('sub.count0', lambda: re.subn(r'\d', '#', 'a1b2c3', 0))
show('split.max', lambda: re.split(r'[,;]', 'a,b;c,d', maxsplit=2))
show('split.groups', lambda: re.split(r'(,)|(;)', 'a,b;c'))
show('split.csv', lambda: re.split(r'\s*(,)\s*', 'São Paulo , Zoë,  café'))
show('split.nomatch', lambda: re.split(r'x', ''))
show('sub.func', lambda: re.sub(r'\d+', lambda m: str(int(m[0]) * 2), 'size=2048KB n=7'))
show('sub.funcg', lambda: re.sub(r'(\w)(\w*)', lambda m: m[1].upper() + m[2], 'são paulo ελλάδα'))
show('sub.tmpl', lambda: re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>|\g<0>|\2\1|\g<1>0', 'a=1 b=2'))
show('sub.esc', lambda: re.sub(r',', r'\n\t\\', 'a,b'))
show('sub.nogroup', lambda: re.sub(r'(a)|b', r'[\1]', 'ab'))
show('sub.badgrp', lambda: re.sub(r'(a)', r'\2', 'a'))
show('sub.badesc', lambda: re.sub(r'a', r'\q', 'a'))
show('sub.badname', lambda: re.sub(r'(a)', r'\g<x>', 'a'))
show('sub.octal', lambda: re.sub(r'a', r'\101\0', 'a'))

# 11. bytes patterns: ASCII semantics; str/bytes mixing is a TypeError.
show('b.w', lambda: re.findall(rb'\w+', 'Zoë café'.encode()))
show('b.i', lambda: re.findall(rb'caf\xc3\xa9', 'CAFé cafÉ café'.encode(), re.I))
show('b.ia', lambda: re.findall(rb'[a-z]+', b'ABC def', re.I))
show('b.sub', lambda: re.sub(rb'(\d+)', rb'<\1>', b'v1.22'))
show('b.split', lambda: re.split(rb'\s+', b'a\xa0b c'))
show('b.groupdict', lambda: re.match(rb'(?P<k>\w+)=(?P<v>\d+)', b'x=1').groupdict())
for name, f in [('mix.1', lambda: re.match(r'a', b'a')), ('mix.2', lambda: re.match(rb'a', 'a')),
                ('mix.3', lambda: re.sub(r'a', b'b', 'a')), ('mix.4', lambda: re.compile(rb'a', re.U))]:
    try:
        f()
        print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__)

# 12. Escapes in patterns and re.escape.
show('x.hex', lambda: re.findall(r'\x41\u00e9\U0001F600', 'Aé😀 ae'))
show('x.oct', lambda: (sp(re.match(r'\0\101', '\x00A')), sp(re.match(r'[\101-\103]+', 'ABCD'))))
show('x.class', lambda: re.findall(r'[\t\n]', 'a\tb\nc'))
show('x.bs', lambda: re.findall(r'[\b]', 'a\bb'))
show('x.meta', lambda: re.findall(r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', r'x.*+?()[]{}|^$\y'))
show('x.classmeta', lambda: re.findall(r'[]a-]+', 'a]-b'))
show('x.classneg', lambda: re.findall(r'[^]]+', 'a]b'))
show('x.escape', lambda: re.escape('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\nZoë_1'))
show('x.escape.b', lambda: re.escape(b'a.b\xe9'))
show('x.escape.rt', lambda: bool(re.fullmatch(re.escape('1+1=2 (São)?'), '1+1=2 (São)?')))

# 13. re.error: type, message and position must match CPython's text.
for label, pat in [('e.open', 'a(b'), ('e.close', 'a)b'), ('e.rep1', '*a'), ('e.rep2', 'a|*'),
                   ('e.multi', 'a**'), ('e.set', '[a'), ('e.range', '[z-a]'), ('e.esc', '\\q'),
                   ('e.name', '(?P=nope)'), ('e.ref', '(a)\\3'), ('e.lb', '(?<=a+)b'),
                   ('e.lb2', '(?<=a|bc)d'), ('e.redef', '(?P<n>a)(?P<n>b)'), ('e.noname', '(?P<>a)'),
                   ('e.badname', '(?P<1a>x)'), ('e.minmax', 'a{3,2}'), ('e.ext', '(?Z)'),
                   ('e.trail', 'ab\\'), ('e.cond', '(?(2)a|b)'), ('e.condalt', '(a)(?(1)a|b|c)'),
                   ('e.flag', '(?z:a)'), ('e.rangeesc', '[\\w-z]'),
                   ('e.lookopen', '(?=a'), ('e.unterm', '(?P<n'), ('e.hex', '\\x4'),
                   ('e.pcre', '(?<name>x)'), ('e.pcre2', '(?<n'), ('e.lbend', '(?<'),
                   ('e.openref', '(a\\1)'), ('e.openref2', '(ab)*(\\2)?'), ('e.openname', '(?P<x>a(?P=x))')]:
    err(label, pat)
show('e.big', lambda: re.compile('a{4294967296}'))
show('e.type', lambda: (re.error.__name__, issubclass(re.error, Exception), issubclass(re.error, ValueError)))
try:
    re.compile('ab\n(c')
except re.error as e:
    print('e.lineno', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))

# 14. Longer realistic jobs.
CHANGELOG = '''# Changelog
## [2.1.0] - 2024-02-10
- Added: São Paulo timezone
- Fixed: crash on naïve input
## [2.0.1] - 2023-12-24
- Fixed: Zoë's bug
'''
show('job.changelog', lambda: [m.groupdict() for m in re.finditer(r'^## \[(?P<ver>[\d.]+)\] - (?P<date>[\d-]+)\n(?P<body>(?:^- .*\n)*)', CHANGELOG, re.M)])
TOK = re.compile(r'(?P<NUM>\d+(?:\.\d*)?)|(?P<NAME>[^\W\d]\w*)|(?P<OP>\*\*|[-+*/()=])|(?P<WS>\s+)|(?P<BAD>.)')
show('job.tokens', lambda: [(m.lastgroup, m[0]) for m in TOK.finditer('área = 3.5 * (r ** 2) - x1 $') if m.lastgroup != 'WS'])
HTML = '<p class="x">Hello <b>Zoë</b>,<br/> <a href="/s?q=a>b">café</a></p>'
show('job.html', lambda: re.sub(r'<.*?>', '', HTML))
EMAIL = re.compile(r'^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$')
show('job.email', lambda: [bool(EMAIL.match(s)) for s in ('zoë@example.com', 'a.b+c@sub.ex-ample.org', 'bad@x', 'x@y.com\n', '@y.com')])
SEMVER = re.compile(r'^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$')
show('job.semver', lambda: [(s, SEMVER.match(s) and SEMVER.match(s).groups()) for s in ('1.2.3', '1.0.0-rc.1+build.5', '01.2.3', '1.2', '2.0.0-alpha.beta')])
show('job.url', lambda: sp(re.match(r'(?P<scheme>https?)://(?P<host>[^/:]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<q>[^#]*))?', 'https://exemplo.br:8080/São Paulo/mapa?z=1&a=2#top')))
show('job.paths', lambda: re.findall(r'(?:^|/)([^/]+?)(?:\.([^./]+))?$', '/srv/data/report.final.csv', re.M))
show('job.csv', lambda: re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', 'Zoë,"São Paulo, BR","say ""hi""",,42'))
BIG = ('  word\t\n ' * 2300)[:20000]
show('job.ws', lambda: (len(BIG), len(re.sub(r'\s+', ' ', BIG)), re.sub(r'\s+', ' ', BIG)[:20]))
QS = '"' + 'ab\\"c\\\\d  ' * 300 + '" tail'
show('job.quoted', lambda: len(re.match(r'"(?:\\.|[^"\\])*"', QS).group()))
show('job.quoted2', lambda: len(re.search(r'"(?:\\.|[^"\\])*"', 'x "' + 'é\\n' * 1000 + '" y').group()))
# repeats of a group of one-character steps loop instead of nesting a call
# per iteration: no depth limit
show('job.quoted3', lambda: len(re.match(r'"(?:\\.|[^"\\])*"', '"' + 'ab\\"c\\\\d  ' * 20000 + '" tail').group()))
show('job.fields', lambda: (re.fullmatch(r'(?:[a-z]+,)*[a-z]+', 'abc,' * 50000 + 'x') is not None,
                            len(re.match(r'(?:\w+\s)+', 'word ' * 20000).group()), re.match(r'(?:\d+\.)+\d', '1.' * 20000 + '5').end()))
show('job.pairs', lambda: (len(re.findall(r'(?:ab)+', 'ab' * 50000)[0]), re.fullmatch(r'(?:a|b)*', 'ab' * 50000) is not None,
                           re.fullmatch(r'(?:a|ab)*c', 'ab' * 300 + 'c') is not None, re.search(r'(?:aa|a)+b', 'a' * 200 + 'b').span()))
show('job.md', lambda: re.sub(r'\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`', lambda m: '<b>%s</b>' % m[1] if m[1] else ('<i>%s</i>' % m[2] if m[2] else '<code>%s</code>' % m[3]), 'a **bold** and *it* with `co*de*` end'))
show('job.links', lambda: re.findall(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)', 'See [docs](https://x.io/a "Docs") and [São](/sp).'))
show('job.levels', lambda: {lvl: len(re.findall(r'^\S+ \S+ %s\b' % lvl, LOG, re.M)) for lvl in ('INFO', 'WARN', 'ERROR', 'DEBUG')})

# 14. a repeat that ends a group still knows the literal after the group
for label, pat, subj in [('g.lit', r'(\w+)_(\w+)', 'ab_cd ef_gh_ij x_'), ('g.lit2', r'(\w+)_', 'a_b__c'),
                         ('g.nest', r'((\w)+)_', 'abc_'), ('g.alt', r'(?:(\w+)|x)_y', 'aa_y x_y'),
                         ('g.empty', r'(\w*)_', '___'), ('g.lazy', r'(\w+?)_', 'ab_c_'),
                         ('g.ref', r'(?P<a>\w+)(?P=a)_', 'abab_'), ('g.self', r'(x+)x', 'xxxx'),
                         ('g.deep', r'((a+))a', 'aaaa'), ('g.alt2', r'(?:(a+)|b)a', 'aaab'),
                         ('g.rep', r'(a+)+b', 'aaab'), ('g.eq', r'(\w+)=(\d+)', 'a=1 b=x c=22')]:
    show(label, lambda: (re.findall(pat, subj), [m.span() for m in re.finditer(pat, subj)]))

# 15. repeats of groups of one-character steps (looped, not nested) against
# CPython on random strings, alternatives that overlap included
import random
rng = random.Random(7)
for label, pat in [('s.pair', r'(?:ab)*c'), ('s.lazy', r'(?:ab)+?b'), ('s.quote', r'"(?:\\.|[^"\\])*"'),
                   ('s.overlap', r'(?:a|ab)*c'), ('s.overlap2', r'^(?:a|aa)+$'), ('s.icase', r'(?i:ab){2,3}'),
                   ('s.count', r'(?:ab){0,2}a'), ('s.end', r'(?:a|b|ab)+$'), ('s.ref', r'(a)(?:b|c)+\1'),
                   ('s.field', r'(?:[a-c]+,)*[a-c]+'), ('s.csv', r'(?:[^,]*,)*'), ('s.words', r'(?:\w+\s)+'),
                   ('s.loose', r'(?:a*a)+b'), ('s.lazyin', r'(?:[ab]+?c)+'), ('s.alts', r'(?:a+|b+)*c'),
                   ('s.cap', r'(ab)*c'), ('s.caplazy', r'(ab)+?b'), ('s.capalt', r'(a|ab)*c'), ('s.capword', r'(\w+\s)+'),
                   ('s.capfield', r'([a-c]+,)*([a-c]+)'), ('s.capref', r'(x)(ab)*\1'), ('s.capnest', r'((ab)+)')]:
    found = []
    for _ in range(40):
        subj = ''.join(rng.choice('ab"\\c,d x') for _ in range(rng.randrange(0, 20)))
        found.append((re.findall(pat, subj), [(m.span(), m.groups(), m.lastindex) for m in re.finditer(pat, subj)],
                      bool(re.fullmatch(pat, subj))))
    show(label, lambda: found)

# 16. every repeat backtracks on the matcher's own stack, with no C call per
# iteration: groups inside, lookaround inside, alternatives of different
# lengths, nested and lazy repeats, 100,000 iterations and more. A match is
# shown as its span, lastindex and a digest of its groups and their spans.
# (No capture inside a possessive repeat: CPython 3.11 gets its span wrong,
# python/cpython#101955.)
def digest(m):
    if m is None:
        return None
    v = 0
    for ch in repr((m.groups(), [m.span(g) for g in range(m.re.groups + 1)])):
        v = (v * 31 + ord(ch)) & 0xffffffff
    return m.span(), m.lastindex, v


WORDS = ' '.join('w%d' % k for k in range(100000)) + ' '
for label, pat, subj in [('long.words', r'(?:(\w+)\s)+', WORDS), ('long.alt', r'(?:(a)|b)*c', 'ab' * 50000 + 'c'),
                         ('long.alt2', r'(?:(a)|(b))*', 'ab' * 50000), ('long.look', r'(?:(?=a)a)+', 'a' * 100000),
                         ('long.lookcap', r'(?:(?=(a))a|b)+$', 'ab' * 50000), ('long.neg', r'(?:(?!ab)\w)+', 'a' * 100000 + 'ab'),
                         ('long.behind', r'(?:(?<=a)b|a)+', 'ab' * 50000), ('long.overlap', r'(?:a|ab)*c', 'ab' * 100000 + 'c'),
                         ('long.nested', r'(?:a+b)*c', 'aab' * 100000 + 'c'), ('long.nested2', r'(?:(a+)b)*c', 'aab' * 100000 + 'c'),
                         ('long.nested3', r'(?:a+b+)*c', 'aabb' * 50000 + 'c'), ('long.lazy', r'((a)|bc|d)+?e', 'abcd' * 40000 + 'e'),
                         ('long.lazy2', r'(?:(\w+?)\s)+?$', WORDS), ('long.poss', r'(?:a|b)*+(c)', 'ab' * 50000 + 'c'),
                         ('long.atomic', r'(?>(?:(a)|b)*)c', 'ab' * 50000 + 'c'), ('long.ref', r'(?:(a)\1|b)+', 'aab' * 40000),
                         ('long.cond', r'(?:(a)|b(?(1)c|d))+', 'bd' + 'abc' * 40000), ('long.count', r'(?:(a)|b){100000,}c', 'ab' * 50000 + 'c'),
                         ('long.fail', r'(?:(a)|b)*c', 'ab' * 50000 + 'x'), ('long.back', r'(?:(a)|b)*ab', 'ab' * 50000),
                         ('long.empty', r'(?:(a?)|b)*c', 'ab' * 50000 + 'c'), ('long.icase', r'(?i:(a)|b)+', 'aB' * 50000)]:
    show(label, lambda: (digest(re.match(pat, subj)), digest(re.fullmatch(pat, subj))))
show('long.search', lambda: digest(re.search(r'x(?:(\w)|-)+y', '.' * 1000 + 'x' + 'a-' * 60000 + 'y')))
show('long.findall', lambda: (len(re.findall(r'(\w)(?=(\w))', 'ab' * 1000)), re.findall(r'(?:(a)|b)+', 'ab' * 60000 + ' ab')[-2:]))
show('long.sub', lambda: len(re.sub(r'(?:(\w+),)+', r'<\1>', 'x,' * 100000 + ' y,z,')))
show('long.split', lambda: [len(x or '') for x in re.split(r'((?:a|b)+)c', 'ab' * 50000 + 'c-' + 'ab' * 50000 + 'c')])

# 17. the same repeats against CPython on random subjects: a few thousand
# random iterations, each one of the units the pattern's alternatives take,
# and random text after them
rng = random.Random(16)
for label, pat, units in [('r.alt', r'(?:(a)|b)*c', 'a b'), ('r.words', r'(?:(\w+)\s)+', 'ab c1 _ d\n'),
                          ('r.overlap', r'(?:a|ab)*c', 'a ab'), ('r.nest', r'(?:(a+)b)*c', 'ab aab aaab'),
                          ('r.lazy', r'((a)|bc|d)+?e', 'a bc d'), ('r.look', r'(?:(?=(a))\w|b)+c', 'a b ab'),
                          ('r.neg', r'(?:(?!ab)(\w))+', 'a b c ba'), ('r.poss', r'(?:a|b|c)*+(d)', 'a b c'),
                          ('r.ref', r'(?:(a)\1|(b))+c', 'aa b'), ('r.cond', r'(?:(a)|b(?(1)c|d))+', 'a bc bd'),
                          ('r.lazy2', r'(?:(a|b)+?c)+?d', 'ac bc abc'), ('r.mix', r'(?:(a)|(ab)|(c))*?d', 'a ab c cc'),
                          ('r.atomic', r'(?:(?>(a+))b|c)+d', 'ab aab c'), ('r.behind', r'(?:(?<=a)(b)|a)+c', 'a ab')]:
    found = []
    units = units.split(' ')
    for _ in range(6):
        subj = ''.join(rng.choice(units) for _ in range(rng.randrange(1000, 3000)))
        subj += ''.join(rng.choice('abcde ') for _ in range(rng.randrange(4)))
        found.append((digest(re.match(pat, subj)), digest(re.fullmatch(pat, subj)),
                      digest(re.search(pat, subj[rng.randrange(50):400]))))
    show(label, lambda: found)
