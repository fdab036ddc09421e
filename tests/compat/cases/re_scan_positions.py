# A scanner's loop of pattern.match(text, pos) over a long string (the
# decoded text is kept between calls: port/modsre.c), pos/endpos limits on
# a cached string, and bytes patterns on long bytes.
import re, time
text = ('<a href="x">héllo</a> <b>wörld</b> some text, 12 34; ' * 4000)
tok = re.compile(r'<[^>]*>|[^<\s]+|\s+')
t = time.time()
pos, n = 0, 0
while pos < len(text):
    m = tok.match(text, pos)
    pos = m.end()
    n += 1
t1 = time.time() - t
words = re.compile(r'\w+')
m = words.search(text, 100, 200)
print(n, m.group(), m.span(), words.match(text, 5, 7), words.findall(text, 0, 40))
print(re.sub(r'o', '0', text[:60]), len(re.findall(r'\w+', text)))
b = text.encode()
print(re.compile(rb'w\xc3\xb6').search(b, 1000).span(), re.compile(rb'w').search(b, 10, 20))
print(round(t1, 2) < 100)
