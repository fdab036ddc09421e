# Names made at run time (str objects, not yet interned) stored in a dict
# are found by code compiled afterwards, whose names are interned (patch
# 0322: their hashes disagreed in the top bit, and a lookup that had to
# probe past its first slot missed); and the other way round.
namespace = {}
made = ['gen_name_%d_%s' % (i, 'x' * (i % 7)) for i in range(6000)]
for i, name in enumerate(made):
    namespace[name] = i
missing = []
for name in made:
    try:
        eval(name, namespace)
    except NameError:
        missing.append(name)
print(len(missing), missing[:3])
# interned first, then looked up with run-time str objects
code = compile('\n'.join('later_%d = %d' % (i, i) for i in range(300)), 'names', 'exec')
later = {}
exec(code, later)
keys = ['later_%d' % i for i in range(300)]
print(sum(1 for k in keys if k in later), sum(later[k] for k in keys) == sum(range(300)))
# keyword arguments from a dict of run-time keys
def accepts(**kwargs):
    return len(kwargs)
print(accepts(**{'kw_%d' % i: i for i in range(200)}))
