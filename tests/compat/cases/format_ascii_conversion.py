# The !a conversion and %a: ascii() of the value, in str.format, f-strings and %.
x = 'é'
print(f'{x!a}', f'{x!a:>10}|', f'{"ok"!a}', f'{[1, "ü"]!a}', f'{x!r}', f'{x!s}')
print('{!a}'.format('é'), '{0!a:*^12}'.format('日本'), '{k!a}'.format(k='\U0001f600'))
print('%a' % 'é', '%8a|' % 'ü', '%-8a|' % 'ü', '%.3a' % 'é', '%a %a' % (1, None))
print(b'%a' % 'é', '%(k)a' % {'k': 'ñ'})
class P:
    def __repr__(self):
        return 'P<ß>'
    def __format__(self, spec):
        return 'formatted'
print(f'{P()!a}', f'{P()}', '{!a}'.format(P()), '%a' % P())
a, b = 1, 2
print(f'{a!=b}', f'{a!r}')
try:
    '{!x}'.format(1)
except ValueError as e:
    print('ValueError', e)
