# A str or bytes subclass instance is matched as its str (markdown's
# AtomicString, markupsafe's Markup): it was taken for a bytes-like object.
import re
class S(str):
    pass
class B(bytes):
    pass
m = re.compile('a(.)').search(S('xab'))
print(m.group(), type(m.group()).__name__, m.span(), re.sub('a', 'z', S('banana')), re.findall(r'\w', S('a b')))
print(re.split(',', S('a,b')), re.match(b'x', B(b'xy')).group(), re.fullmatch('ab', S('ab')) is not None)
try:
    re.search('a', B(b'a'))
except TypeError as e:
    print(e)
