# timeit: Timer with string and callable statements, setup, globals, a
# fake timer (so results are exact), timeit()/repeat()/autorange counts,
# the module functions, and the errors for bad statements.
import io
import sys
import timeit

print(timeit.default_number, timeit.default_repeat, timeit.default_timer is not None)
print(type(timeit.timeit('x = 1', number=10)).__name__)
print(len(timeit.repeat('pass', repeat=3, number=5)))


class Clock:
    """A timer that advances by one per call: time taken == 1.0 always."""
    def __init__(self, step=1.0):
        self.now = 0.0
        self.step = step
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now


clock = Clock()
t = timeit.Timer('total += i', setup='total = 0\ni = 2', timer=clock)
print(t.timeit(7), clock.calls, t.repeat(3, 4), clock.calls)

# statements and setup as callables, counted
count = []
t = timeit.Timer(lambda: count.append(1), setup=lambda: count.append('s'), timer=Clock())
print(t.timeit(5), count)
print(t.repeat(2, 3), len(count))

# globals: names resolved in the given namespace
ns = {'data': [3, 1, 2], 'seen': []}
timeit.timeit('seen.append(sorted(data))', number=3, globals=ns)
print(ns['seen'])
timeit.Timer('seen.append(len(seen))', 'seen.clear()', globals=ns).timeit(4)
print(ns['seen'])

# multi-line statements keep their indentation
code = """
for k in range(3):
    if k:
        acc.append(k)
"""
ns = {'acc': []}
timeit.Timer(code, globals=ns).timeit(2)
print(ns['acc'])

# autorange: 1, 2, 5, 10, 20, 50... until the time reaches 0.2 s
# a clock that the statement itself advances by 1/64 per run
fake = Clock(0.0)


def tick():
    fake.now += 0.015625


steps = []
t = timeit.Timer(tick, timer=fake)
print(t.autorange(lambda n, taken: steps.append((n, taken))), steps)
t = timeit.Timer('pass', timer=Clock(0.5))
print(t.autorange())
number, taken = timeit.Timer('pass').autorange()
s = str(number)
print(s[0] in '125' and set(s[1:]) <= {'0'}, taken >= 0.2)

for stmt, setup in (('x = ', 'pass'), ('pass', 'def f(:'), ('return 1', 'pass'),
                    ('yield', 'pass'), (42, 'pass'), ('pass', 42), (None, 'pass'), (42, 42), ('x=', 42), (42, 'x=')):
    try:
        timeit.Timer(stmt, setup)
        print(repr(stmt), 'ok')
    except SyntaxError as e:
        print(repr(stmt), repr(setup), 'SyntaxError')
    except ValueError as e:
        print(repr(stmt), repr(setup), 'ValueError', e)

# errors raised while timing propagate; print_exc reports them
t = timeit.Timer('1 / 0')
try:
    t.timeit(1)
except ZeroDivisionError as e:
    buf = io.StringIO()
    t.print_exc(file=buf)
    print('ZeroDivisionError', buf.getvalue().strip().splitlines()[-1])
t = timeit.Timer('undefined_name')
try:
    t.timeit(1)
except NameError as e:
    print('NameError')
