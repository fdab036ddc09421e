# string.Formatter().parse is _string.formatter_parser (what str.format
# follows), and get_field uses formatter_field_name_split, as in CPython
import string

f = string.Formatter()
for t in ['{0!}', '{0[}]}', '{0!}x', '{!r}', '{0:{1}}', 'a{{b}}c', '{a.b[c]!s:>4}', '{0!r:}', '{', '}', 'x}y',
          '{0', '{0[', '{a:[}', '{0!rx}', '{0:}}', '{{}}', '{0[]]}', 'plain', '']:
    try:
        print(repr(t), list(f.parse(t)))
    except ValueError as e:
        print(repr(t), 'ValueError:', e)


class Obj:
    attr = {'k': [10, 20]}


for t, a, k in [('{0[}]}', ({'}': 'brace'},), {}), ('{0.attr[k][1]}', (Obj,), {}), ('{x[0]}{y.real}', (), {'x': 'ab', 'y': 3}),
                ('{0!r:>6}|{1!s}', ('q', 2), {}), ('{}-{}', (1, 2), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}),
                ('{0.real}{}', (3, 4), {}), ('{.real}', (3,), {}), ('{[0]}', ([1],), {}), ('{0[1]}', ({1: 'int', '1': 'str'},), {}),
                ('{0:{1}}', (5, '>3'), {}), ('{0!}', (1,), {}), ('{0.}', (1,), {}), ('{0[]}', ([1],), {}),
                ('{0[0]x}', ([1],), {}), ('{0!x}', (1,), {}), ('{0:{1:{2}}}', (1, 2, 3), {})]:
    try:
        print(repr(t), repr(f.format(t, *a, **k)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(t), type(e).__name__, e)


class Upper(string.Formatter):
    # a subclass that rewrites parse's output, as templating code does
    def parse(self, format_string):
        for lit, name, spec, conv in super().parse(format_string):
            yield lit.upper(), name, spec, conv


print(Upper().format('hi {0}, {x!r}', 'bob', x='y'))
print(type(f.parse('a{0}')).__name__ in ('generator', 'formatteriterator'))
