# _string, which CPython's string module and jinja2.sandbox import:
# formatter_parser and formatter_field_name_split, errors included.
from _string import formatter_field_name_split, formatter_parser
import string

for f in ['a.b[0]', '0', '', '01[02].x', 'a[]', 'a.', 'a[x', 'a[0]b', 'a..b', '[0]', '.a', 'a[x.y]', 'a[ 1]',
          '-1', 'key.attr[idx][3]']:
    first, rest = formatter_field_name_split(f)
    out = [first]
    try:
        out.append(list(rest))
    except ValueError as e:
        out.append('ValueError: %s' % e)
    print(repr(f), out)

for t in ['x{0!r:>5}y', '{}', '{{', 'a{{b}}c', '{0:{1}}', '{a.b[c]!s}', '{:}', '{!r}', 'x}', 'x{', '{0!}',
          '{0!rx}', '{0', 'ab{0]}', '{0[}]}', '{0!r:}', '}}', '{0:{{}}}', '{!r:x}', '{0!r', '{!}', '{0!:}',
          '{0!r:{}', '{0:{}', '{0[', '{0[]', '{a:x{b}y}', '{0!}x', '{0!}}', '{0:}}', '{a[b:c]}', '{a[b!c]}',
          '{a:[}', '{a![}', '{a.b{c}}', '{0!{}', '{a{b}}', '{a:b}c}', '{[}', '{0[]]}', '{0!r}}', '{0:', '{0!',
          '{', '{:', 'a{0!', '{0}}}', '{{}}', '{0:{1:{2}}}', '{0:}{', '{a.b:{c.d[e]}}', '{0[{]}', '{0.{}',
          'plain text', '']:
    out = []
    try:
        for item in formatter_parser(t):
            out.append(item)
    except ValueError as e:
        out.append('ValueError: %s' % e)
    print(repr(t), out)

for bad in (5, b'x'):
    for fn in (formatter_parser, formatter_field_name_split):
        try:
            fn(bad)
        except TypeError as e:
            print('TypeError:', e)


# what jinja2's SandboxedFormatter does with them
class Lookups(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        first, rest = formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


print(Lookups().format('{0[k]}-{1.real}-{x[0][1]}', {'k': 'v'}, 3, x=[[1, 2]]))
