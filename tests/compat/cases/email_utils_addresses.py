# email.utils addresses: parseaddr/getaddresses on quotes, commas, comments,
# angle brackets, routes, groups, domain literals, unicode names and broken
# input (CPython's lenient parser, quirks included); formataddr with
# specials, escapes and non-ASCII names in utf-8 / iso-8859-1 encoded words;
# quote/unquote; the commit author strings scripts build.
import email.utils as eu

ADDRS = [
    'user@example.com',
    'Joe Public <joe@example.com>',
    '"Public, Joe" <joe@example.com>',
    '"Joe \\"The Man\\" Public" <joe@example.com>',
    '"back\\\\slash" <b@example.com>',
    'joe@example.com (Joe Public)',
    '(Joe) joe@example.com',
    'Joe (the man) Public <joe@example.com>',
    'Joe <joe@example.com> (trailing)',
    'joe (comment) @ example . com',
    'joe.public @ example.com',
    '"quoted local"@example.com',
    'joe@[192.168.0.1]',
    '<@route1,@route2:joe@example.com>',
    '<joe@example.com>',
    '<>',
    '<joe>',
    'joe',
    'Joe Public',
    'a@b@c.com',
    'a@',
    '@b.com',
    'Jörg Müller <joerg@example.de>',
    '=?utf-8?q?J=C3=B6rg?= <joerg@example.de>',
    '李小龙 <lee@example.cn>',
    'undisclosed-recipients:;',
    'Friends: a@x.com, "B" <b@x.com>;',
    'Friends: a@x.com, b@x.com; c@x.com',
    'a@x.com, b@x.com',
    '"unterminated <u@x.com>',
    '(unterminated comment a@x.com',
    'x <y@z.com',
    'Mr. Smith <smith@x.com>',
    'Smith, John <john@x.com>',
    'first.last+tag@sub.example.co.uk',
    '  spaced   out  <  s @ x . com  >  ',
    'tab\there <t@x.com>',
    'line\r\n folded <f@x.com>',
    ',,,',
    ';',
    '',
    'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>',
]

for a in ADDRS:
    print(repr(a), eu.parseaddr(a))
print(eu.getaddresses(ADDRS[:12]))
print(eu.getaddresses(['a@x.com, b@x.com', 'C <c@x.com>', '']))
print(eu.getaddresses([]))
print(eu.getaddresses(['Friends: a@x.com, b@x.com;', 'd@x.com']))
print(eu.parseaddr(None), eu.parseaddr(''))

PAIRS = [
    ('', 'a@b.com'),
    (None, 'a@b.com'),
    ('Joe Public', 'joe@example.com'),
    ('Public, Joe', 'joe@example.com'),
    ('Joe Q. Public', 'joe@example.com'),
    ('say "hi"', 's@x.com'),
    ('back\\slash', 'b@x.com'),
    ('plain', 'p@x.com'),
    ('<angle>', 'a@x.com'),
    ('at@sign', 'a@x.com'),
    ('semi;colon', 'a@x.com'),
    ('Jörg', 'joerg@example.de'),
    ('Jörgensen Müller', 'jm@example.de'),
    ('李小龙', 'lee@example.cn'),
    ('a b c d e f g h i j é', 'e@x.com'),
    ('Ünïcödé, Jr.', 'u@x.com'),
    ('github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com'),
]
for p in PAIRS:
    print(repr(p), repr(eu.formataddr(p)))
for cs in ('utf-8', 'UTF-8', 'utf8', 'latin-1', 'latin_1', 'iso-8859-1', 'ISO-8859-1', 'latin1', 'us-ascii',
           'ascii'):
    for name in ('Jörg', 'Jörgensen Müller', 'a-b!c*d+e/f=g?h_i.j é', 'plain ascii'):
        try:
            print(cs, repr(eu.formataddr((name, 'x@y.z'), cs)))
        except UnicodeError as e:
            print(cs, type(e).__name__, e)
try:
    eu.formataddr(('Joe', 'jé@x.com'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)

# round trips, as a script re-emitting a header does
for a in ADDRS[:8] + ADDRS[22:25]:
    name, addr = eu.parseaddr(a)
    print(repr(eu.formataddr((name, addr))))

for s in ('plain', 'with "quotes"', 'back\\slash', '', '\\"'):
    print(repr(eu.quote(s)))
for s in ('"quoted"', '"a\\"b\\\\c"', '<angle>', '"', '<', '""', '<>', '"x', 'x"', 'plain', '"<x>"', '<"x">'):
    print(repr(s), repr(eu.unquote(s)))
