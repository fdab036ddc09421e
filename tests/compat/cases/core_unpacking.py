# Starred items in displays: dict merging with **, list/tuple/set unpacking with *.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a, **b})
print({**a, 'k': 1})
print({'k': 0, **a, 'x': 100})
print({**{}}, {**a})
defaults = {'retries': 3, 'verbose': False}
def config(**overrides):
    return {**defaults, **overrides}
print(config(verbose=True))
l1, l2 = [1, 2], (3, 4)
print([*l1, *l2], [0, *l1, 9], [*l1], [*'ab', *range(2)])
print((*l1, *l2), (*l1,), (0, *l2))
print(sorted({*l1, *l2, 2}), sorted({*'aab'}))
t = *l1, *l2
print(t)
def gen():
    yield 'g1'
    yield 'g2'
print([*gen(), *{'k': 1}], {**dict(zip('ab', range(2)))})
x = [y for y in [*l1, *l2] if y > 1]
print(x)
# evaluated in order, once
order = []
def f(v):
    order.append(v)
    return [v]
print([*f(1), f(2)[0], *f(3)], order)
for bad in ('[**a]', '{*a, "k": 1}', '{"k": 1, *a}'):
    try:
        compile(bad, '<s>', 'eval')
        print('compiled', bad)
    except SyntaxError:
        print('SyntaxError', bad)
