# typing._type_check, the private helper mypy_extensions imports: None is
# NoneType, text a ForwardRef, tuples and plain special forms refused.
import typing
from typing import _type_check

T = typing.TypeVar('T')
forms = [None, 'int', int, 1, (int,), typing.Any, typing.ClassVar, typing.ClassVar[int], typing.Final,
         typing.Final[int], typing.Generic, typing.Generic[T], typing.Protocol, typing.Protocol[T],
         typing.Union, typing.Optional, typing.Optional[int], typing.List, typing.List[int], typing.Callable,
         typing.NoReturn, typing.Self, typing.Unpack, typing.Required, typing.TypeAlias, typing.Literal,
         typing.Literal[1], T]
for a in forms:
    for kw in ({}, {'allow_special_forms': True}, {'is_argument': False}):
        try:
            r = repr(_type_check(a, 'Bad thing.', **kw))
        except TypeError as e:
            r = 'TypeError: %s' % e
        print(repr(a), kw, r)
ref = _type_check('X', 'm', module='mod')
print(ref, ref.__forward_module__, _type_check('X', 'm', allow_special_forms=True).__forward_is_class__)
