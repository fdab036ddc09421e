# Code the compiler drops (an else after `if True:`, `if False:`, `while 0:`)
# holding constant objects: long strings, f-strings, displays folded into
# constants. Looking in it for a yield (patch 0150) walked those constants
# as parse nodes and crashed the engine (patch 0278; ruamel.yaml's events).
SHOW = False


class Event:
    def __init__(self, value=None, comment=None):
        self.value = value
        self.comment = comment

    def __repr__(self):
        if True:
            arguments = []
            if hasattr(self, 'value'):
                arguments.append(repr(self.value))
            for key in ['anchor', 'tag', 'implicit', 'flow_style', 'style']:
                v = getattr(self, key, None)
                if v is not None:
                    arguments.append(f'{key!s}={v!r}')
            if self.comment not in [None, 'a rather long comment string that is not interned']:
                arguments.append(f'comment={self.comment!r}')
            arguments = ', '.join(arguments)
        else:
            attributes = [key for key in ['anchor', 'tag', 'implicit', 'value', 'flow_style', 'style']
                          if hasattr(self, key)]
            arguments = ', '.join([f'{key!s}={getattr(self, key)!r}' for key in attributes])
            if self.comment not in [None, 'a rather long comment string that is not interned']:
                arguments += f', comment={self.comment!r}'
        return f'{self.__class__.__name__!s}({arguments!s})'


print(Event(5, 'note'), Event())


def maybe_gen():
    if False:
        yield 'a rather long string constant that the compiler keeps as an object'
    while 0:
        print(f'{SHOW!r} and another long piece of text in dead code', b'bytes constant here too')


def plain():
    if True:
        return 'plain'
    else:
        x = ('a rather long string constant that the compiler keeps as an object', 1.5, 2 ** 70)
        return x in {'x', 'y'}


print(type(maybe_gen()).__name__, list(maybe_gen()), plain())
