# graphlib: TopologicalSorter orders (static_order and the get_ready/done
# loop), CycleError args with the cycle CPython finds, misuse ValueErrors.
from graphlib import TopologicalSorter, CycleError

graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
graph = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A'], 'E': []}
print(list(TopologicalSorter(graph).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))

ts = TopologicalSorter()
ts.add('build', 'fetch', 'configure')
ts.add('configure', 'fetch')
ts.add('test', 'build')
ts.add('lint')
ts.add('build', 'fetch')  # a second add accumulates predecessors
ts.prepare()
rounds = []
print(bool(ts), ts.is_active())
while ts.is_active():
    ready = ts.get_ready()
    print('ready', ready, type(ready).__name__)
    for node in ready:
        ts.done(node)
    rounds.append(ready)
print(bool(ts), ts.get_ready())


def show(what, fn):
    try:
        print(what, '->', fn())
    except CycleError as e:
        print(what, 'CycleError', e.args, isinstance(e, ValueError))
    except Exception as e:
        print(what, type(e).__name__, e)


for g in ({1: [2], 2: [3], 3: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['b']},
          {'x': ['x']}, {1: [2, 3], 2: [4], 3: [4], 4: [2]},
          {'a': ['b', 'c'], 'c': ['d'], 'd': ['a'], 'b': ['d']},
          {0: [5], 5: [6], 6: [7], 7: [5], 1: [0]}):
    show('cycle %r' % (g,), lambda: TopologicalSorter(g).prepare())
    show('static', lambda: list(TopologicalSorter(g).static_order()))

t = TopologicalSorter({'b': ['a']})
show('get_ready before prepare', t.get_ready)
show('is_active before prepare', t.is_active)
show('bool before prepare', lambda: bool(t))
show('done before prepare', lambda: t.done('a'))
t.prepare()
show('prepare twice', t.prepare)
show('add after prepare', lambda: t.add('c'))
show('done not ready', lambda: t.done('b'))
show('done unknown', lambda: t.done('zz'))
show('done not passed out', lambda: t.done('a'))
show('get_ready', t.get_ready)
show('done a', lambda: t.done('a'))
show('done a again', lambda: t.done('a'))
show('done None', lambda: t.done(None))
show('get_ready', t.get_ready)
show('done b twice in one call', lambda: t.done('b', 'b'))
show('unhashable', lambda: TopologicalSorter().add([1]))

# a cycle still leaves the sorter usable for the nodes outside it
t = TopologicalSorter({'a': ['b'], 'b': ['a'], 'c': []})
show('cycle', t.prepare)
show('after cycle', t.get_ready)
