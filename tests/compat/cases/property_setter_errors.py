# Assigning to or deleting a property that lacks a setter or deleter:
# CPython's AttributeError texts; properties with them still work.
class T:
    @property
    def f(self):
        return 1

    @property
    def g(self):
        return self._g

    @g.setter
    def g(self, v):
        self._g = v

    @g.deleter
    def g(self):
        print('deleting g')


class Sub(T):
    pass


for obj in (T(), Sub()):
    for action in ('set f', 'del f', 'set g', 'del g'):
        try:
            if action == 'set f':
                obj.f = 2
            elif action == 'del f':
                del obj.f
            elif action == 'set g':
                obj.g = 3
                print('g is', obj.g)
            else:
                del obj.g
        except AttributeError as e:
            print(action, '->', e)
print(T().f)
