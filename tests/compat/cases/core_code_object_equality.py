# A function's __code__ compares and hashes as one object per def (CPython
# has one; here each read makes a new one): equality, dict keys and sets,
# closures of one def sharing it, different defs differing.
def f():
    return 1


def g():
    return 1


def make(n):
    def inner():
        return n
    return inner


c = f.__code__
print(f.__code__ == c, f.__code__ != c, {c: 'f'}.get(f.__code__), hash(f.__code__) == hash(c))
print(f.__code__ == g.__code__, f.__code__ != g.__code__, c == 'code', c == None)
print(make(1).__code__ == make(2).__code__, len({make(1).__code__, make(2).__code__, c}))
registry = {f.__code__: 'handler f', g.__code__: 'handler g'}
print(registry[g.__code__], registry[f.__code__], len(registry))
