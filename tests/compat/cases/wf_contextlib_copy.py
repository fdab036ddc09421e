# Context managers and copying used in test helpers and config merging.
import contextlib
import copy
import io
import os
import sys

with contextlib.suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed')
with contextlib.suppress(ValueError):
    pass
try:
    with contextlib.suppress(KeyError):
        int('x')
except ValueError:
    print('not suppressed')


events = []


@contextlib.contextmanager
def step(name):
    events.append('enter ' + name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        events.append('handled in ' + name)
    finally:
        events.append('exit ' + name)


with step('a') as v:
    print(v)
with step('b'):
    1 / 0
try:
    with step('c'):
        raise KeyError('k')
except KeyError as e:
    events.append('outer ' + repr(e))
print(events)


@step('deco')
def decorated():
    events.append('body')


events.clear()
decorated()
print(events)

events.clear()
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(step(n)) for n in 'xyz']
    stack.callback(events.append, 'callback')
    print(names)
print(events)

with contextlib.ExitStack() as stack:
    stack.callback(print, 'never')
    moved = stack.pop_all()
print('after pop_all')
moved.close()


class Resource:
    def __init__(self, n):
        self.n = n
        self.closed = False

    def close(self):
        self.closed = True


with contextlib.closing(Resource(1)) as r:
    pass
print(r.closed)
with contextlib.nullcontext(5) as n:
    print(n)
cwd = os.getcwd()
import tempfile
with tempfile.TemporaryDirectory() as td:
    with contextlib.chdir(td):
        print(os.getcwd() == td, os.listdir('.'))
    print(os.getcwd() == cwd)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        events.append('t-enter')
        return self

    def __exit__(self, *exc):
        events.append('t-exit')
        return False


events.clear()


@Timer()
def timed():
    events.append('timed-body')


timed()
print(events)

config = {'name': 'ci', 'steps': [{'run': 'make', 'env': {'A': '1'}}], 'tags': {'x', }, 'limits': (1, [2, 3])}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
deep['steps'][0]['env']['A'] = '2'
deep['limits'][1].append(4)
print(config['steps'][0]['env'], deep['steps'][0]['env'], config['limits'], deep['limits'], shallow['steps'] is config['steps'], deep['steps'] is config['steps'])
shared = [1, 2]
pair = {'a': shared, 'b': shared}
cp = copy.deepcopy(pair)
print(cp['a'] is cp['b'], cp['a'] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)


class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __repr__(self):
        return f'Node({self.v}, {self.kids})'


t = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(t)
t2.kids[1].kids[0].v = 40
print(t, t2, copy.copy(t).kids is t.kids)


class Custom:
    def __init__(self):
        self.data = [1]

    def __deepcopy__(self, memo):
        c = Custom()
        c.data = ['custom']
        return c

    def __copy__(self):
        return 'shallow'


print(copy.deepcopy(Custom()).data, copy.copy(Custom()), copy.deepcopy((1, 'a', None)), copy.deepcopy(frozenset({1})))
