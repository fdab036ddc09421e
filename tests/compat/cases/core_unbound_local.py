# A local variable read or deleted before it is bound raises
# UnboundLocalError, a NameError, naming the variable as CPython 3.11
# does; so do the function's variables an inner function closes over. An
# enclosing scope's variable that is not bound yet is a NameError, and
# NameError.name is the name where CPython sets it.
def report(fn, *args):
    try:
        fn(*args)
    except NameError as e:
        print(fn.__name__, type(e).__name__, "|", e, "|", e.name)

def read_first():
    print(x)
    x = 1

def delete_twice():
    y = 1
    del y
    del y

def deleted_parameter(p, q=2, *rest, k=3, **kw):
    del k
    return k

def in_loop(n):
    for i in range(n):
        if i == 2:
            return total
        total = i

def many_locals():
    a = b = c = d = e = f = g = h = i = j = k = l = m = n = 0
    if a:
        late = 1
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + late

def free_variable():
    def inner():
        return z
    inner()
    z = 1

def own_cell():
    def inner():
        return w
    print(w)
    w = 1

def in_comprehension():
    return [v for _ in range(2)] + [v := 1]

def in_generator():
    yield missing
    missing = 0

def in_lambda():
    f = lambda: later
    try:
        return f()
    finally:
        later = 1

class Holder:
    def method(self):
        print(attr)
        attr = 1

for fn in (read_first, delete_twice, in_loop, many_locals, free_variable,
           own_cell, in_comprehension, in_lambda):
    report(fn, *((5,) if fn is in_loop else ()))
report(deleted_parameter, 1)
report(lambda: next(in_generator()))
report(Holder().method)

namespace = {}
exec("def compiled():\n    del ghost\n    ghost = 1\n", namespace)
report(namespace["compiled"])

try:
    undefined_name
except NameError as e:
    print(e.name, e.args)

print(issubclass(UnboundLocalError, NameError), UnboundLocalError.__mro__[1].__name__)


def outer():
    def inner():
        return z
    try:
        inner()
    except UnboundLocalError:
        print("inner: UnboundLocalError")
    except NameError as e:
        print("inner:", type(e).__name__)
    z = 1
    return inner()


print(outer())

try:
    raise UnboundLocalError("made by hand")
except NameError as e:
    print(type(e).__name__, e)
