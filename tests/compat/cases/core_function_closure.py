# A function's __closure__: None for a plain function, else the cells of the
# variables it closes over, matched with __code__.co_freevars; a cell's
# cell_contents reads, sets and deletes the variable.
def make_counter():
    count = 0
    label = "hits"

    def bump():
        nonlocal count
        count += 1
        return label, count
    return bump


bump = make_counter()
bump()
print(bump())
print(make_counter.__closure__, (lambda: 1).__closure__)
print(type(bump.__closure__), len(bump.__closure__), type(bump.__closure__[0]).__name__)
cells = dict(zip(bump.__code__.co_freevars, bump.__closure__))
print(sorted((name, cell.cell_contents) for name, cell in cells.items()))
print(sorted(make_counter.__code__.co_cellvars), bump.__code__.co_cellvars, make_counter.__code__.co_freevars)
cells["count"].cell_contents = 10
print(bump())


def before_assignment():
    def reader():
        return value
    cell = reader.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = 5
    first = cell.cell_contents
    del cell.cell_contents
    try:
        reader()
    except NameError as e:
        print(type(e).__name__)
    return first


print(before_assignment())


def decorator(fn):
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper


@decorator
def triple(x):
    return x * 3


print(triple(2), triple.__closure__[0].cell_contents.__name__)
