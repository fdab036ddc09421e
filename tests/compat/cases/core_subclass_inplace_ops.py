# An in-place operator on an instance of a subclass of a mutable built-in
# updates that instance: the name stays bound to the subclass's object, and
# other names bound to it see the change. A subclass of set prints its name.
from collections import deque


class Items(list):
    pass


class Table(dict):
    pass


class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Buffer(bytearray):
    pass


class Ring(deque):
    pass


items = Items([1])
alias = items
items += [2]
items *= 2
print(type(items).__name__, items is alias, alias)

table = Table(a=1)
alias = table
table |= {"b": 2}
print(type(table).__name__, table is alias, alias)

tags = Tags({1, 2})
alias = tags
tags |= {3}
tags -= {1}
tags &= {2, 3, 4}
tags ^= {5}
print(type(tags).__name__, tags is alias, sorted(alias), Tags(), Tags({7}))

buffer = Buffer(b"ab")
alias = buffer
buffer += b"c"
buffer *= 2
print(type(buffer).__name__, buffer is alias, bytes(alias))

plain = bytearray(b"xy")
alias = plain
plain *= 3
print(plain is alias, alias)

ring = Ring([1])
alias = ring
ring += [2]
print(type(ring).__name__, ring is alias, list(alias))

# Immutable bases give a new object of the base type, as in CPython.
frozen = Frozen({1})
before = frozen
frozen |= {2}
print(type(frozen).__name__, frozen is before, Frozen({4}), Frozen())


class Count(int):
    pass


class Word(str):
    pass


class Pair(tuple):
    pass


count = Count(5)
count += 0
word = Word("hi")
word += ""
pair = Pair((1,))
pair += ()
print(type(count).__name__, type(word).__name__, type(pair).__name__)
