# super().attr of a property or another descriptor gives its value for the
# instance (patch 0288).
class Named:
    def __get__(self, obj, owner):
        return 'named for %s' % type(obj).__name__


class A:
    label = Named()

    @property
    def state(self):
        return {'a': 1}

    @property
    def only_set(self):
        raise AttributeError('no')


class B(A):
    @property
    def state(self):
        res = super().state
        res['b'] = 2
        return res

    def labels(self):
        return super().label, super(B, self).label

    @classmethod
    def from_class(cls):
        return type(super().state).__name__


print(B().state)
print(super(B, B()).state)
print(B().labels())
print(B.from_class())
try:
    super(B, B()).only_set
except AttributeError as e:
    print('AttributeError', e)


# What a staticmethod holds is given as it is through super() too (patch 0307).
class Doubler:
    def __get__(self, obj, cls):
        return 'bound'

    def __call__(self, n):
        return n * 2


class HasStatic:
    s = staticmethod(Doubler())
    d = Doubler()


class UsesStatic(HasStatic):
    def run(self):
        return super().s(3), super().d, self.s(4), self.d


print(UsesStatic().run())
