# A built-in called with the wrong number of arguments names itself as
# CPython does ("function takes 1 positional arguments but 0 were given"
# said nothing of which): a method's count leaves out its object.
import math

calls = [
    lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: [].append(), lambda: [].append(1, 2),
    lambda: [].append(x=1), lambda: [].copy(1), lambda: {}.keys(1), lambda: (1, 2).count(), lambda: abs(),
    lambda: chr(), lambda: ord(), lambda: id(), lambda: callable(), lambda: repr(), lambda: ascii(1, 2),
    lambda: "a".upper(1), lambda: "a".startswith(), lambda: math.sqrt(), lambda: math.sqrt(1, 2),
    lambda: math.floor(), lambda: max(), lambda: min(), lambda: getattr(1), lambda: isinstance(1),
    lambda: iter(), lambda: next(), lambda: divmod(1), lambda: {}.get(), lambda: {}.pop(), lambda: {}.setdefault(),
    lambda: [].insert(1), lambda: [].pop(1, 2), lambda: dict.fromkeys(), lambda: vars(1, 2),
    lambda: dir(1, 2), lambda: list.append(), lambda: set().add(), lambda: hash(),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
