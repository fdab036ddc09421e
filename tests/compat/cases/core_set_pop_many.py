# set.pop() drains a set of 200,000 items in linear time (each pop scanned
# from the first slot, past every slot emptied before: quadratic), pops
# every item once, and keeps working when items are added between pops.
s = set(range(200000))
seen = []
while s:
    seen.append(s.pop())
print(len(seen), len(set(seen)), min(seen), max(seen))
s = set(range(1000))
out = set()
for i in range(3000):
    if i % 2:
        s.add(10000 + i)
    else:
        out.add(s.pop())
print(len(s), len(out), len(s | out), s.isdisjoint(out))
s = {'a', 'b', 'c'}
got = sorted(s.pop() for _ in range(3))
try:
    s.pop()
except KeyError as e:
    print(got, 'KeyError', e)
f = frozenset('xyz') | {'w'}
r = set(f)
print(sorted(r.pop() for _ in range(4)), r)
r.add(1)
r.clear()
r.add(2)
print(r.pop(), r)
