# string.Formatter: parse, vformat, and a subclass that fills in missing keys (a report template).
from string import Formatter as F
f=F()
for s in ['a{{b', 'a}}b{x!r:>{w}}c', '{0[a:b].c!s:x}', '{}{}', '{:}', 'x{a.b[0]}y', '{!r}', 'plain', '']:
    print(repr(s), list(f.parse(s)))
for s in ['{', '}', 'a{0', '{0!rr}']:
    try: print(list(f.parse(s)))
    except ValueError as e: print('VE', e)
class P:
    real = 7
print(f.format('{0[1]}-{1.real}-{2:>{w}}-{x!r}-{3!a}', [5,6], P(), 'q', 'caf\xe9 \u2713', x=2, w=4))
print(f.format('{}|{:*^7}|{}', 'a', 'b', 3.5))
class D(F):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<' + str(key) + '>') if isinstance(key, str) else args[key]
print(D().format('{name} uses {tool} v{0}', 2, name='ci'))
try:
    f.format('{0}{}', 1, 2)
except ValueError as e: print('VE', e)
