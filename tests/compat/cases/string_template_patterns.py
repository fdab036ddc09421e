# string.Template subclasses as CPython compiles them (idpattern,
# braceidpattern, flags, a pattern of their own), identifiers ASCII only,
# the line and column of an invalid placeholder, and string.Formatter.
import re, string, textwrap
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Pct(string.Template):
    delimiter = '%'
class Lower(string.Template):
    idpattern = r'[a-z]+'
class Brace(string.Template):
    braceidpattern = r'[a-z.]+'
class Flags(string.Template):
    flags = 0
    idpattern = r'[A-Z]+'
tr(lambda: Pct('%who is %{what} %%').substitute(who='a', what='b'))
tr(lambda: Lower('$abc $ABC').safe_substitute(abc=1, ABC=2))
tr(lambda: Brace('${a.b} $x').substitute({'a.b': 1, 'x': 2}))
tr(lambda: Flags('$ABC $abc').safe_substitute(ABC=1, abc=2))
tr(lambda: string.Template('$a $b $a').get_identifiers())
tr(lambda: string.Template('$a $$ ${b} $').is_valid())
tr(lambda: string.Template('x\n  $').substitute())
tr(lambda: string.Template('$a').substitute({'a': 1}, a=2))
tr(lambda: string.Template('$a').substitute(5))
f = string.Formatter()
tr(lambda: f.format('{0}-{name}-{0!r:>5}', 'x', name='n'))
tr(lambda: list(f.parse('a{0:>{1}}b{{c}}{x.y[0]!s}')))
tr(lambda: f.vformat('{a}', (), {'a': 1}))
class Def(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else super().get_value(key, args, kwargs)
tr(lambda: Def().format('{a} {b} {0}', 'z', a=1))
tr(lambda: '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
tr(lambda: '{0:{fill}{align}{width}}'.format('x', fill='*', align='^', width=7))
tr(lambda: '{!x}'.format(1))
tr(lambda: '{a[b]}'.format(a={'b': 1}))
tr(lambda: '{a[0]}'.format(a={0: 'int key'}))
tr(lambda: '{a.real}'.format(a=3))
tr(lambda: '{}{}'.format(1))
tr(lambda: '{0}{}'.format(1, 2))
tr(lambda: '%(a)s %(b)05.1f' % {'a': 'x', 'b': 2.25})
tr(lambda: '%s %s' % ('only',))
tr(lambda: '%d' % 'x')
tr(lambda: '%s' % [1, 2])
tr(lambda: '%5.3s|%-6r|%*d|%.*f' % ('abcdef', 'q', 4, 7, 2, 3.14159))
tr(lambda: '%c%c' % ('a', 98))
tr(lambda: '%#x %#o %+.2e %G %i %u' % (255, 8, 12345.678, 1e-10, 3, 4))
tr(lambda: 'a'.ljust(4, '-') + 'b'.rjust(3, '.'))
tr(lambda: textwrap.wrap('word ' * 3, width=0))
tr(lambda: textwrap.TextWrapper(width=10, max_lines=1, placeholder='...').fill('a ' * 20))
tr(lambda: textwrap.shorten('a b', 1))
tr(lambda: textwrap.fill('Hello\n\nworld  foo', 8, replace_whitespace=False))
for t in ['x\n  $', 'x\n$', '$', 'ab $', 'a\nb\nc $ d', '\n\n$', 'ab\r\n$ x', '${', '$}', '${}', '${1}', '$1']:
    tr(lambda: string.Template(t).substitute())
    tr(lambda: Pct(t.replace('$', '%')).substitute())
    tr(lambda: Lower(t).substitute())
tr(lambda: string.Template('$héllo $_x9 $9x').safe_substitute(h='H', _x9='U'))
tr(lambda: Lower('$héllo $ABC').safe_substitute(h='H', ABC='U'))
class Custom(string.Template):
    pattern = r'''\{\{(?:(?P<escaped>\{\{)|(?P<named>[a-z]+)\}\}|(?P<braced>NEVER)|(?P<invalid>))'''
tr(lambda: Custom('{{name}} and {{{{ and {{bad').safe_substitute(name='N'))
tr(lambda: Custom('{{name}} and {{bad').substitute(name='N'))
tr(lambda: Custom('{{a}}{{b}}{{a}}').get_identifiers())
tr(lambda: Custom('{{a}}{{').is_valid())
tr(lambda: Lower.flags == re.IGNORECASE)
tr(lambda: Flags.pattern.flags & 64 != 0)
