# A str- or int-mixin Enum's value is made from the value given, before the
# member has a name (deepdiff's enums define __str__ as self.name), and a
# __int__ of the class does not change it, as in CPython.
import enum


class Tag(str, enum.Enum):
    def __str__(self):
        return self.name
    insert = 'ins'
    delete = 'del'


print(str(Tag.insert), Tag.delete.value, Tag('ins') is Tag.insert, Tag.insert == 'ins', f'{Tag.delete}')


class Num(int, enum.Enum):
    def __int__(self):
        return 99
    A = 1
    B = '2'


print(Num.A.value, Num(1) is Num.A, Num.B.value, type(Num.B.value).__name__, Num(2) is Num.B)
