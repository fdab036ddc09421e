# A native type's __init__ called on a subclass instance (patch 0039):
# Exception.__init__(self, msg), dict.__init__(self, ...), list.__init__.
class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
e = AppError('boom', 7)
print(e, e.args, e.code, repr(e))
try:
    raise AppError('bad', 2)
except AppError as x:
    print('caught', x, x.code)
class D(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self.extra = 1
d = D([('a', 1)], b=2)
print(sorted(d.items()), d.extra, len(d))
class L(list):
    def __init__(self, it):
        list.__init__(self, it)
print(L([3, 1, 2]), len(L('ab')))
class V(ValueError):
    def __init__(self, *args):
        ValueError.__init__(self, *args)
print(repr(V('x', 1)), str(V('only')))
class Plain:
    def __init__(self):
        object.__init__(self)
print(type(Plain()).__name__)
class E2(AppError):
    pass
print(E2('m', 3).args)
print(Exception.__init__ is not None)
