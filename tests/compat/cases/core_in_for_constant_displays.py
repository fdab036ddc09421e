# A list or set display of constants on the right of `in`/`not in`, or
# iterated by `for` or a comprehension, is a constant: a tuple or a
# frozenset, built once, as CPython's compiler folds it. The frozenset is
# built as CPython builds it, so a `for` over a set display visits the
# items in CPython's order, which can differ from the order the same
# display has as a set.
for x in {6, 129, 182, -27, -54, 180}:
    print(x, end=" ")
print(list({6, 129, 182, -27, -54, 180}))
print([x for x in {59, 38, 180, 183, 143, 17, 58}], list({59, 38, 180, 183, 143, 17, 58}))
print({x: 1 for x in {139, -53, -28, 21, -39}}, [[y for y in {127, -11, -42, 9, 193}] for _ in [1]])
print([x * y for x in [1, 2] for y in {-45, 77, 182, 138, 158, 142, 167}])
print(sum(x for x in {5, 300, 77}), sorted(x for x in ["b", "a"]))

# Membership keeps its meaning: equal numbers match, an unhashable left
# side fails for a set and not for a list.
print(3 in {1, 2, 3}, 4 not in {1, 2, 3}, 1.0 in {1}, True in {1, 2}, 2 in [1.5, 2.0])
print("a" in ["a", "b"], b"x" in {b"x", b"y"}, (1, 2) in {(1, 2), (3,)}, None in {None, ...})
print([] in [1, 2], [1] in [[1], 2], ... in [..., 1], 3j in {3j}, 0.5 in (0.5,))
try:
    [] in {1, 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {} not in {"a"}
except TypeError as e:
    print("TypeError:", e)


def kind(ext):
    if ext in {".py", ".pyi"}:
        return "python"
    if ext in [".js", ".mjs", ".cjs"]:
        return "javascript"
    if ext not in {".md", ".txt", ".rst"}:
        return "other"
    return "text"


print([kind(e) for e in [".py", ".mjs", ".txt", ".rs", ".pyi"]])
# only the last comparison of a chain is folded; all of them still work
print(1 < 2 in [2, 3], 1 in [1] in [[1]], 2 in {1, 2} == True)

# names in a display are read each time it is evaluated
k = 5
hits = []
for k in [5, 6]:
    hits.append((k in {k, 7}, [y for y in [k, 1]]))
print(hits)

# each evaluation yields the same constant, and the constant is immutable
def items():
    return [x for x in (1, 2)], {x for x in {3, 4}}
a, b = items()
a.append(9)
print(items(), a)
