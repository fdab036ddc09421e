# Properties, descriptors, __setattr__ and __getattr__ set on a class after
# it has subclasses reach the subclasses' instances (0355: MicroPython
# refused "can't add special method to already-subclassed class"), and a
# class over an exception type called with keywords names itself.


class Base:
    pass


class Child(Base):
    pass


class GrandChild(Child):
    @property
    def missing(self):
        raise AttributeError('missing')


# a property patched onto a base, as monkeypatching code does
Base.doubled = property(lambda self: self.n * 2)
c = Child()
c.n = 21
print('property on base:', c.doubled)


class Upper:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name, '').upper()

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


Base.title = Upper()
Upper.__set_name__(Base.title, Base, 'title')
g = GrandChild()
g.title = 'hello'
print('descriptor on base:', g.title, vars(g))

# __getattr__ set on a base later: a subclass's property that raises
# AttributeError goes on to it, as in CPython
Base.__getattr__ = lambda self, name: 'fallback for ' + name
print('late __getattr__:', g.missing, '|', g.anything)

# __setattr__ set on a base later sees stores on its subclasses' instances
log = []


def logged_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


Child.__setattr__ = logged_setattr
g.x = 1
Child().y = 2
Base().z = 3
print('late __setattr__:', log)
del Child.__setattr__
g.w = 4
print('after del:', log, g.w)


class NotFound(Exception):
    pass


class Missing(KeyError):
    pass


for cls in (NotFound, Missing):
    try:
        cls('k', code=1)
    except TypeError as e:
        print(type(e).__name__, e)


class WithInit(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code


e = WithInit('bad', code=3)
print(repr(e), e.code)
