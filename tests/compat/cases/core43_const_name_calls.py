# A function or parameter named const is called like any other: an empty
# or multi-argument const(...) in an assignment is no MicroPython
# compile-time constant (passlib's `hash = const()`).
def make(const):
    value = const()
    pair = const(1, 2)
    named = const(x=1)
    starred = const(*[3])
    return value, pair, named, starred


def record(*args, **kwargs):
    return args, kwargs


print(make(record))


class Registry:
    def __init__(self):
        self.made = 0

    def const(self, *args):
        self.made += 1
        return args


r = Registry()
const = r.const
first = const()
second = const('a', 'b')
print(first, second, r.made)
