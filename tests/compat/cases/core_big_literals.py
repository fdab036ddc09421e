# Literals and calls far bigger than hand-written code has: generated
# tables of 70,000 items, calls with hundreds of arguments. Each source is
# made here and compiled with exec(), as a code generator's output would be.
def run(src):
    ns = {}
    exec(src, ns)
    return ns


n = 70000
items = ",".join(str(i) for i in range(n))
ns = run("x = [%s]\nt = (%s)\ns = {%s}\nv = 7\ny = [%s]" % (items, items, items, ",".join("v+%d" % i for i in range(n))))
x, t, s, y = ns["x"], ns["t"], ns["s"], ns["y"]
print(len(x), x[:3], x[-3:], x == list(range(n)), type(t).__name__, t == tuple(range(n)))
print(len(s), s == set(range(n)), y[0], y[-1], sum(y) == sum(range(n)) + 7 * n)
print(run("d = {%s}" % ",".join("%d: %d" % (i, -i) for i in range(n)))["d"][n - 1])


def f(*a, **k):
    return len(a), a[-1] if a else None, len(k), sorted(k)[-1] if k else None


class C:
    def m(self, *a, **k):
        return len(a), sum(a), len(k)


for count in (255, 256, 300, 4097):
    pos = ",".join(str(i) for i in range(count))
    kw = ",".join("k%04d=%d" % (i, i) for i in range(count))
    ns = {"F": f, "Cls": C}
    exec("r = [F(%s), F(%s), F(%s, %s), Cls().m(%s, z=1), ('%%s ' * %d) %% (%s,)]" % (pos, kw, pos, kw, pos, count, pos), ns)
    r = ns["r"]
    print(count, r[0], r[1], r[2], r[3], r[4] == " ".join(map(str, range(count))) + " ")
