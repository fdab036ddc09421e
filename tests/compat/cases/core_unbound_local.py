# A local variable read or deleted before it is bound raises
# UnboundLocalError, which is a NameError; a closure's unbound variable
# raises NameError.
def read_first():
    print(x)
    x = 1

def delete_twice():
    y = 1
    del y
    del y

def in_loop(n):
    for i in range(n):
        if i == 2:
            return total
        total = i

for fn, args in ((read_first, ()), (delete_twice, ()), (in_loop, (5,))):
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, isinstance(e, NameError))

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
