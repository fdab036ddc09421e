# match statements (PEP 634): every kind of pattern, guards, bindings,
# nesting, `match` and `case` still usable as names, and the errors CPython
# raises at run time. pywasm rewrites them before compiling
# (port/syntax.c, port/python/_pywasm_syntax.py).
from dataclasses import dataclass
from collections import namedtuple, OrderedDict, deque
from enum import Enum
import re


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int = 0


Pair = namedtuple('Pair', 'left right')


class Plain:
    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return 'Plain(%r)' % self.kind


def describe(subject):
    match subject:
        case None:
            return 'none'
        case True:
            return 'true'
        case 0 | 0.5:
            return 'zero or half'
        case -1:
            return 'minus one'
        case 1+2j:
            return 'complex'
        case 'hello' 'world':
            return 'concatenated string'
        case b'raw':
            return 'bytes'
        case Color.RED:
            return 'red'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on the y axis at {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'a point'
        case Pair(left, right=[*_, last]):
            return f'pair {left} ending {last}'
        case [] | ():
            return 'empty sequence'
        case [x]:
            return f'one item {x!r}'
        case [1, 2, *rest]:
            return f'starts 1, 2 then {rest}'
        case [first, *middle, final] if len(middle) > 1:
            return f'{first}..{middle}..{final}'
        case (a, b):
            return f'two {a} {b}'
        case {'type': 'user', 'name': str(name), **extra}:
            return f'user {name} {sorted(extra)}'
        case {'type': 'point', 'at': {'x': int() as x, 'y': y}}:
            return f'point at {x},{y}'
        case {}:
            return 'some mapping'
        case int(n) | float(n) if n > 100:
            return f'big number {n}'
        case int() | float():
            return 'number'
        case str() as text if text.isupper():
            return 'shouting'
        case str(text):
            return f'text of {len(text)}'
        case Plain(kind='a') | Plain(kind='b'):
            return 'plain a or b'
        case _:
            return 'something else'


for value in [None, True, False, 0, 0.5, -1, 1+2j, 'helloworld', b'raw', Color.RED, Color.GREEN,
              Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Pair(1, [7, 8, 9]), Pair(1, []),
              [], (), [9], 'x', [1, 2, 3, 4], [1, 2], [5, 6, 7, 8], [5, 6, 7], (4, 5), deque([1, 2]),
              range(2), {'type': 'user', 'name': 'ada', 'age': 36, 'x': 1}, {'type': 'user', 'name': 3},
              {'type': 'point', 'at': {'x': 1, 'y': 2}}, OrderedDict(type='point', at={'x': 1.5, 'y': 2}),
              {}, {'a': 1}, 101, 7, 200.5, 'LOUD', 'quiet', Plain(kind='b'), Plain(kind='c'), object, 'ab'[0:0]]:
    print(repr(value)[:40], '->', describe(value))


# names bound only when their case matched; the guard sees them
def bound(subject):
    x = y = 'unset'
    match subject:
        case [x, 2] if x > 0:
            pass
        case {'y': y}:
            pass
    return x, y


print(bound([1, 2]), bound([-1, 2]), bound([1, 3]), bound({'y': 9}))


# nested match, match inside loops with break and continue, on one line
def walk(items):
    out = []
    for item in items:
        match item:
            case 'stop': break
            case 'skip':
                continue
            case [kind, *args]:
                match kind:
                    case 'add':
                        out.append(sum(args))
                    case 'mul':
                        prod = 1
                        for a in args:
                            prod *= a
                        out.append(prod)
                    case _:
                        out.append(None)
            case _:
                out.append(item)
    return out


print(walk([['add', 1, 2, 3], 'skip', ['mul', 2, 5], ['zip'], 42, 'stop', 99]))

# the subject over several lines, a tuple subject, a star subject
rows = [1, 2]
match (
    rows[0],
    rows[1],
):
    case (1, second):
        print('tuple subject', second)
match *rows, 3:
    case [1, 2, 3]:
        print('star subject')
match rows[0], rows[1]:
    case a, b:
        print('open sequence', a, b)
    case _:
        print('no')

# `match` and `case` as ordinary names
match = re.match(r'(\w+)', 'word here')
print(match.group(1))
case = {'match': 1}
print(case['match'])
match, case = 1, 2
print(match, case)


def match(x):
    return x * 2


print(match(21))


class Case:
    match = 'attr'


print(Case.match)

# a class body and module level
class Shape:
    kind = 'square'
    match kind:
        case 'square':
            sides = 4
        case _:
            sides = 0


print(Shape.sides)

# run-time errors, as CPython raises them
for label, code in [
    ('not a class', "match 1:\n    case len():\n        pass\n"),
    ('too many positional', "match Point(1, 2):\n    case Point(1, 2, 3):\n        pass\n"),
    ('self-matching type', "match 5:\n    case int(1, 2):\n        pass\n"),
    ('match args not tuple', "class L:\n    __match_args__ = ['a']\nmatch L():\n    case L(1):\n        pass\n"),
    ('duplicate attribute', "match Point(1, 2):\n    case Point(1, x=1):\n        pass\n"),
]:
    try:
        exec(code, {'Point': Point})
        print(label, 'no error')
    except TypeError as e:
        print(label, 'TypeError:', e)

# syntax errors stay syntax errors, at the right line
for label, code in [
    ('alternatives bind different names', "match 1:\n    case [x] | [y]:\n        pass\n"),
    ('bad pattern', "match 1:\n    case 1 +:\n        pass\n"),
    ('case outside match', "x = 1\ncase x:\n    pass\n"),
]:
    try:
        compile(code, '<case>', 'exec')
        print(label, 'compiled')
    except SyntaxError as e:
        print(label, 'SyntaxError at line', e.lineno)
