# TypedDict: a class whose instances are plain dicts, with __annotations__,
# __required_keys__/__optional_keys__ (total=, Required, NotRequired).
from typing import TypedDict, NotRequired, Required, Optional
class Movie(TypedDict):
    title: str
    year: int
class Extra(Movie, total=False):
    rating: float
    tags: Required[list]
m = Movie(title="x", year=1)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__total__, list(Extra.__annotations__))
P = TypedDict("P", {"name": str, "age": Optional[int]})
print(P(name="a"), P.__annotations__, sorted(P.__required_keys__), P.__name__)
class N(TypedDict):
    a: int
    b: NotRequired[str]
print(sorted(N.__required_keys__), sorted(N.__optional_keys__))
