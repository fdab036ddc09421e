import re
m = re.search(r'(?P<key>\w+)=(?P<value>\d+)', 'x: retries=3, timeout=30')
print(m.group(0), m.group('key'), m['value'], m.group(1, 2), m.groups(), m.groupdict(), m.span(), m.start(2), m.end('key'))
print(m.lastindex, m.lastgroup, m.re.groupindex == {'key': 1, 'value': 2}, m.re.groups, repr(m))
print([m.groupdict() for m in re.finditer(r'(?P<k>\w+)=(?P<v>\d+)', 'a=1 b=22 c=333')])
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'x*', 'axb'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c3'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host you@there'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'), re.subn(r'a', 'A', 'banana'), re.sub('a', 'A', 'banana', count=2))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a|ab', 'ab'))
print(re.match(r'hello', 'HeLLo world', re.IGNORECASE), re.search(r'(?i)WORLD', 'hello world').group())
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.MULTILINE), re.findall(r'\w+$', 'one\ntwo\nthree', re.M))
print(re.search(r'a.c', 'a\nc'), re.search(r'a.c', 'a\nc', re.DOTALL).group(), re.search(r'a.c', 'abc').group())
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(-)', 'a-b-c'), re.split(r',', 'a,b,c,d', maxsplit=2))
print(re.escape('a.b*c?'), re.compile(r'\d+').pattern, bool(re.compile('x', re.I).flags & re.I))
p = re.compile(r'''
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
''', re.VERBOSE)
print(p.search('call 555-1234 now').groups())
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('-'), re.search(r'\bcat\b', 'a cat sat').span())
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace  ').strip(), re.compile(r'(\w+)\.py$').search('path/to/file.py').group(1))
print(re.search(r'\d{2,3}', 'a12345').group(), re.findall(r'[A-Z]{2}\d{1,}', 'AB1 CD22 e3'), re.sub(r'x{,2}', '-', 'xxx'))

# A bad pattern raises re.error with CPython's message and attributes
# (for errors the pattern translator finds; the regex engine's own errors
# have MicroPython's text, see docs/compat.md).
for bad in ['[abc', 'x[^']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e.msg, e.pos, str(e).startswith(e.msg))
