# An exception class with its own __init__ takes the keywords it accepts;
# the exception itself gets the positional arguments (pyasn1, rsa).
class PyAsn1Error(Exception):
    def __init__(self, *args, **kwargs):
        self._args = args
        self._kwargs = kwargs
class Sub(PyAsn1Error):
    pass
e = Sub(context=5)
print(repr(e), e.args, e._kwargs)
try:
    raise Sub('m', context={'a': 1})
except Sub as x:
    print(repr(x), x._kwargs)
class K(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
print(repr(K('a', code=3)), K('a', code=3).code)
try:
    Exception(x=1)
except TypeError as t:
    print(t)


class WithSuper(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.options = kwargs


w = WithSuper(1, 2, retry=True)
print(repr(w), w.args, w.options, str(w))


class ImportLike(ImportError):
    def __init__(self, msg, **kw):
        super().__init__(msg, name=kw.get("mod"))


print(ImportLike("x", mod="m").name)
