# A NameError inside a function suggests the function's bound locals first,
# as CPython 3.11 does ("Did you mean: 'counter'?"), then the globals and
# the builtins. A local that is not bound yet, or was deleted, is not
# suggested.
import io
import sys

colour_global = 1
color = 2


def printed_line(e):
    out = io.StringIO()
    sys.stderr, saved = out, sys.stderr
    try:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = saved
    return out.getvalue().splitlines()[-1]


def counting():
    counter = 1
    return countr


def looping(items):
    for item in items:
        print(itme)


def prefers_local():
    colour = "red"
    return colr


def deleted():
    later = 1
    del later
    return latr


def not_yet():
    print(valeu)
    value = 1


def closure_cell():
    shared_total = 0
    def add():
        return shared_total
    return shared_totl


def parameters(first_name, *rest_args, keyword_only=None, **options):
    return optons


def generator():
    running_sum = 0
    yield runing_sum


for fn, args in ((counting, ()), (looping, ([1],)), (prefers_local, ()), (deleted, ()),
                 (not_yet, ()), (closure_cell, ()), (parameters, ("a",)),
                 (lambda: next(generator()), ())):
    try:
        fn(*args)
    except NameError as e:
        print(printed_line(e), "|", e.name)
