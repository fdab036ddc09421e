import inspect
def gen(a):
    x = a + 1
    yield x
    y = x * 2
    yield y
g = gen(1)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(inspect.getgeneratorlocals(g))
print(next(g), inspect.getgeneratorstate(g), g.gi_suspended)
print(inspect.getgeneratorlocals(g))
print(next(g), sorted(inspect.getgeneratorlocals(g).items()))
print(g.gi_code.co_name, g.gi_frame.f_code.co_name)
def me():
    yield inspect.getgeneratorstate(g2)
    yield g2.gi_running
g2 = me()
print(list(g2))
print(inspect.getgeneratorstate(g2), g2.gi_frame, inspect.getgeneratorlocals(g2))
g3 = gen(5); g3.close()
print(inspect.getgeneratorstate(g3), g3.gi_frame)
g4 = gen(5); next(g4); g4.close()
print(inspect.getgeneratorstate(g4))
fr = gen(3)
f = fr.gi_frame
next(fr)
print(f.f_locals, f.f_back)
