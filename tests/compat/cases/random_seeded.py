import random, time
for s in (0, 1, 42, 2**40 + 7, -5, 12345678901234567890):
    random.seed(s)
    print(s, round(random.random(), 12), random.randint(1, 100), random.randrange(0, 100, 7), random.getrandbits(70), random.choice('abcdef'))
random.seed(7)
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(range(1000), 30)[:5], random.choices('abc', k=5), random.choices('abc', weights=[1, 5, 10], k=6))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12), round(random.expovariate(2), 12), round(random.triangular(0, 10, 3), 12))
print(round(random.gammavariate(2.5, 1), 10), round(random.gammavariate(0.5, 2), 8), round(random.betavariate(2, 3), 10), round(random.lognormvariate(0, 1), 10), round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10))
print(random.randbytes(5), random.sample(['x', 'y', 'z'], k=3, counts=None), random.sample('ab', k=4, counts=[3, 1]) if False else '')
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(99); print(round(r.random(), 12), r.randint(0, 9))
sr = random.SystemRandom(); print(0 <= sr.random() < 1, 0 <= sr.randint(1, 6) <= 6)
