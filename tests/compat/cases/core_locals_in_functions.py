# locals(), vars() and dir() inside a function give the function's own
# variables, as in CPython: a new dict of what is bound now (arguments and
# locals, then variables inner functions read, then the enclosing scope's).
# eval() and exec() with no namespace see them too. At module level they
# are the module's namespace, as before. A comprehension's iterator is '.0'.
module_value = "module"


def report(name, count=2, *rest, flag=False, **options):
    total = count * 2
    label = "{name}: {count} x2 = {total}".format(**locals())
    print(label)
    print(sorted(locals()))
    print(dir())
    print(vars() == locals())
    unbound_later = None
    del unbound_later
    print("unbound_later" in locals())
    return total


report("a", 3, 4, 5, flag=True, extra=1)


def closures(x):
    captured = x + 1

    def inner(y):
        seen = captured + y
        return locals()

    print(inner(10))
    print(sorted(locals().keys() - {"inner"}))
    return inner


closures(1)


def evaluating(a, b):
    scale = 10
    print(eval("a * scale + b"))
    exec("print(a, b, scale, module_value)")
    namespace = {"a": -1}
    print(eval("a", namespace), eval("a", None, {"a": 99}))
    exec("result = a + b")
    return "result" in globals()


print(evaluating(2, 3))


def in_generator(n):
    for i in range(n):
        yield sorted(locals().items())


print(list(in_generator(2)))


def comprehension():
    base = 3
    return [sorted(locals()) for item in range(1)], [locals() for _ in "x"][0].keys()


print(comprehension())

print(locals() is globals(), "module_value" in locals(), "report" in dir())


def templating(user, items):
    count = len(items)
    template = "%(user)s has %(count)d items"
    return template % locals()


print(templating("ana", [1, 2]))
