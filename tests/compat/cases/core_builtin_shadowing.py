# A built-in's name looked up again and again, while globals, exec
# namespaces and the builtins module gain and lose a name that shadows it
# (patch 0200 caches the built-ins found missing from the globals).
import builtins


def count_len(items):
    return [len(x) for x in items]


items = ["a", "bb", "ccc"]
print("plain", count_len(items))

# a global of the same name, set and then deleted, from inside a loop
seen = []
for i in range(6):
    if i == 2:
        len = lambda x: -1
    if i == 4:
        del len
    seen.append(len("abcd"))
print("loop", seen)

# through globals(), with a key built at run time (not an interned name)
name = "".join(["is", "instance"])
before = isinstance(1, int)
globals()[name] = lambda obj, cls: "shadowed"
during = isinstance(1, int)
del globals()[name]
print("globals()", before, during, isinstance(1, int))

# exec namespaces: each its own globals, the same code in turn
code = "result = [len('xyz') for _ in range(3)]"
plain_ns = {}
shadow_ns = {"len": lambda s: 0}
for ns in (plain_ns, shadow_ns, plain_ns, shadow_ns):
    exec(code, ns)
    print("exec", ns["result"])

# a copied namespace keeps its keys; adding one to the copy shadows there only
copied = dict(plain_ns)
exec(code, copied)
copied["len"] = lambda s: 100
exec(code, copied)
exec(code, plain_ns)
print("copy", copied["result"], plain_ns["result"])

# a cleared namespace, then refilled
shadow_ns.clear()
exec(code, shadow_ns)
print("cleared", shadow_ns["result"])

# the builtins module itself changed and restored
original = builtins.len
builtins.len = lambda s: 7
print("builtins.len", count_len(items))
builtins.len = original
print("restored", count_len(items))


# many names in turn, more than any cache holds, and shadowing one of them
def mixed():
    return (abs(-3), min(4, 2), max(4, 2), sorted([3, 1]), str(5), int("6"),
            repr("r"), bool(0), tuple([1]), list((2,)), ord("a"), chr(98),
            hex(255), divmod(7, 2), round(2.5), sum([1, 2]), any([0, 1]),
            all([1, 0]), callable(len), hash(1) == hash(1), type(1).__name__)


print("mixed", mixed())
sorted = lambda x: "mine"
print("shadow sorted", mixed()[3])
del sorted
print("unshadowed", mixed()[3])

try:
    undefined_name_here
except NameError as e:
    print("NameError", e)
