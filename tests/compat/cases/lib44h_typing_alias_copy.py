# typing constructs survive copy, deepcopy and pickle as themselves (omegaconf
# deep-copies configs and then asks `key_type is Any`); a bare alias has no
# __args__ (List vs List[int]); the forms have CPython's __name__ (jsons).
import copy
import pickle
import typing
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple, Union

forms = [Any, List, Dict, Tuple, Optional, Union, List[int], Dict[str, Any], Optional[int],
         Union[int, str], Literal['a', 1], Callable[[int], str], Tuple[int, ...], Tuple[()]]
for t in forms:
    c, d = copy.copy(t), copy.deepcopy(t)
    p = pickle.loads(pickle.dumps(t))
    print(repr(t), c is t, d is t, d == t, p == t, getattr(t, '__name__', None),
          getattr(t, '__args__', 'no __args__'))

print(copy.deepcopy({'k': Any, 'l': [List[int]]})['k'] is Any)
print(pickle.loads(pickle.dumps(type(None))) is type(None),
      pickle.loads(pickle.dumps([type(NotImplemented), type(...)])) == [type(NotImplemented), type(...)])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(Optional[str], protocol=proto)) == Optional[str])
T = typing.TypeVar('T')


class G(typing.Generic[T]):
    pass


print(copy.deepcopy(G[int]) == G[int], pickle.loads(pickle.dumps(G[int])) == G[int])
K = typing.TypeVar('K')
# subscripting a subscripted alias substitutes its type variables
for f in (lambda: Dict[K, T][int, str], lambda: Dict[str, T][int], lambda: List[T][int], lambda: List[T][int, str],
          lambda: List[int][str], lambda: Union[T, int][str], lambda: Optional[T][str], lambda: Tuple[T, ...][int],
          lambda: Dict[K, List[T]][str, int], lambda: Literal['a']['b'], lambda: Callable[[T], T][int],
          lambda: Callable[..., T][int], lambda: Union[List[T], Dict[str, T]][int], lambda: typing.Type[T][int]):
    try:
        r = f()
        print(r, r.__parameters__, r.__args__)
    except TypeError as e:
        print('TypeError', e)
for x in (Callable[[int], str], Callable[..., int], Callable[[T, int], T]):
    print(x.__args__, typing.get_args(x), x.__parameters__)
print([pickle.dumps([..., NotImplemented, ..., type(None)], protocol=p) for p in range(6)])
# the special forms are instances of typing._SpecialForm (dataclass-wizard)
print([isinstance(f, typing._SpecialForm) for f in (Union, Optional, typing.ClassVar, Literal, typing.Final)])
