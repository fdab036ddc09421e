# Frames that run for many thousands of branches: the VM returns and is
# called again every few thousand branches (patch 0198), so each state a
# frame carries across a branch must survive that: the value stack, open
# try/finally and with blocks, loop iterators, a generator's suspended
# frame, an exception being handled.

class Counted:
    entered = exited = 0

    def __enter__(self):
        Counted.entered += 1
        return self

    def __exit__(self, *exc):
        Counted.exited += 1
        return False


# the top level: a loop with a with block, try/except/finally, break and
# continue out of a finally's reach (the unwinding jumps)
total = 0
finals = 0
caught = 0
for i in range(60000):
    with Counted():
        try:
            if i % 7 == 0:
                raise ValueError(i)
            if i % 11 == 0:
                continue
            total += i
        except ValueError as e:
            caught += 1
            total -= e.args[0] % 5
        finally:
            finals += 1
print('top level', total, finals, caught, Counted.entered, Counted.exited)

# values held on the stack across the loop: a list being built by a
# comprehension, a call's arguments being evaluated
squares = [j * j for j in range(50000) if j % 3]
print('comprehension', len(squares), sum(squares) % 1000003)
print('call arguments', max(sum(k for k in range(30000)), len([1 for _ in range(30000)])))


# a generator whose frame loops between yields, resumed, sent to and thrown into
def ticker(n):
    got = 0
    try:
        while True:
            spins = 0
            while spins < n:
                spins += 1
            try:
                got += (yield spins) or 0
            except KeyError:
                got -= 1
    finally:
        print('ticker closed with', got)


t = ticker(5000)
print('first', next(t))
for k in range(20):
    if k % 4 == 0:
        t.throw(KeyError())
    else:
        t.send(k)
t.close()


# yield from across a long inner loop
def inner():
    acc = 0
    for j in range(40000):
        acc ^= j
    yield acc
    return acc + 1


def outer():
    r = yield from inner()
    yield r


print('yield from', list(outer()))


# an exception raised after many branches deep inside nested loops and
# calls, caught where the loops started, with the traceback's line intact
def deep(n):
    x = 0
    while True:
        for j in range(1000):
            x += j
        n -= 1
        if n == 0:
            return {}['missing %d' % x]


try:
    deep(40)
except KeyError as e:
    print('caught', repr(e))


# while/else and nested breaks over many iterations
count = 0
n = 0
while n < 20000:
    n += 1
    for m in range(3):
        if m == 2:
            break
        count += 1
else:
    print('while else', n, count)
