# typing.NamedTuple without a docstring keeps namedtuple's 'Name(fields)' doc
# (pywasm gave None); a one-field namedtuple's doc is 'P(a,)' as in CPython.
from collections import namedtuple
from typing import NamedTuple


class Job(NamedTuple):
    name: str
    retries: int = 3


class One(NamedTuple):
    x: int


class Documented(NamedTuple):
    "Mine."
    x: int


print(Job.__doc__, One.__doc__, Documented.__doc__)
print(namedtuple("P", "a").__doc__, namedtuple("Q", "a b").__doc__, namedtuple("E", "").__doc__)
print(Job.name.__doc__, Job._fields, Job._field_defaults)
