# A yield only in code the compiler drops still makes a generator.
def g():
    if False: yield
def g2():
    while 0: yield 1
def g3():
    if 0:
        x = yield
def g4():
    if True: return
    else: yield
def g5():
    if False:
        def inner(): yield
def g6():
    if len(""): pass
    elif True: pass
    elif y: yield
for fn in (g, g2, g3, g4, g5, g6):
    print(fn.__name__, type(fn()).__name__, list(fn()) if type(fn()).__name__ == 'generator' else None)
from contextlib import contextmanager
@contextmanager
def cm():
    if False:
        yield
try:
    with cm():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
