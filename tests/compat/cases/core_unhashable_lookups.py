# Looking up an unhashable key fails with CPython's TypeError in every dict
# and set, including empty ones and dicts holding only str keys (these
# answered KeyError or False without hashing). pop() from an empty dict
# gives its default, as CPython's does.
words = {"a": 1}
numbers = {1: 2}
cases = [
    lambda: {}[[]], lambda: [] in {}, lambda: {}.get([]), lambda: words[[1]], lambda: [1] in words,
    lambda: words.get({}), lambda: (1, [2]) in words, lambda: numbers[[]], lambda: [] in set(),
    lambda: set().discard([]), lambda: {1}.discard([]), lambda: [] in frozenset(), lambda: {}.pop([], 0),
    lambda: 5 in words, lambda: words.get(5, "none"), lambda: (1, 2) in words, lambda: numbers.pop([], 0),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
