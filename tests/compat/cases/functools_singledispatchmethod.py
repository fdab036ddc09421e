# functools.singledispatchmethod: dispatch on the argument after self, with
# @register on an annotated method or @register(type); and
# singledispatch's @register taking the first annotated parameter.
import functools
from decimal import Decimal

class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @functools.singledispatchmethod
    def fmt(self, value):
        return '%s?%r' % (self.prefix, value)

    @fmt.register
    def _(self, value: int):
        return '%sint:%d' % (self.prefix, value)

    @fmt.register
    def _(self, value: float):
        return '%sfloat:%.2f' % (self.prefix, value)

    @fmt.register(list)
    @fmt.register(tuple)
    def _(self, value):
        return self.prefix + '[' + ', '.join(self.fmt(v) for v in value) + ']'

f = Formatter('> ')
print(f.fmt(3), f.fmt(2.5), f.fmt(True), f.fmt('s'), f.fmt([1, 2.0, (3,)]), f.fmt(Decimal('1.5')))

@functools.singledispatch
def describe(x, *, verbose=False):
    return 'thing'

@describe.register
def _(x: str, *, verbose=False):
    return 'text of %d' % len(x) if verbose else 'text'

@describe.register
def _(x: dict, verbose=False):
    return 'mapping'
print(describe(1), describe('abc'), describe('abc', verbose=True), describe({}), describe.dispatch(str).__name__ if hasattr(describe.dispatch(str), '__name__') else '')
