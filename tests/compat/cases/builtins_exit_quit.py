# exit() and quit(), which CPython's site module adds, raise SystemExit with
# their argument; the exception classes CPython has built in are there too.
for quitter in (exit, quit):
    for args in ((), (3,), ("a message",), (None,)):
        try:
            quitter(*args)
        except SystemExit as e:
            print(type(quitter).__name__, args, repr(e.code), e.args)
    print(repr(quitter), str(quitter))

try:
    exit(1, 2)
except TypeError:
    print("exit takes at most one argument")

for cls, base in ((SystemError, Exception), (ReferenceError, Exception), (TabError, IndentationError),
                  (UnicodeTranslateError, UnicodeError)):
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, base))

try:
    raise SystemError("internal")
except Exception as e:
    print(type(e).__name__, e)
