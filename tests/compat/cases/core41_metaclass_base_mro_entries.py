# A class made by a metaclass is a class: never asked for __mro_entries__,
# even when it defines one for its instances.
class Meta(type):
    pass


class P(Meta("Base", (), {})):
    def __mro_entries__(self, bases):
        return (object,)


class Q(P):
    pass


print([c.__name__ for c in Q.__mro__])


class Wrapper(P):
    pass


w = P()


class FromInstance(w):
    pass


print([c.__name__ for c in FromInstance.__mro__])
