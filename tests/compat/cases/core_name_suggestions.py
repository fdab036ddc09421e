# An uncaught NameError or AttributeError is printed with CPython's
# "Did you mean: ...?" when a near name exists: in a function its own
# names first (3.11's co_varnames: arguments and locals, bound or not, not
# those only an inner function reads), the module's globals, then the
# builtins, or what dir() of the object lists. str(e) and the traceback
# module leave it out, as in 3.11. (Not as CPython: only the latest such
# error gets a suggestion; CPython can suggest for an older one too.)
import collections
import io
import json
import os
import sys
import traceback


class Config:
    def __init__(self):
        self.timeout = 3
        self.retries = 2

    def connect(self):
        pass


def printed_line(e):
    # the last line sys.excepthook, the printer of an uncaught exception, writes
    out = io.StringIO()
    sys.stderr, saved = out, sys.stderr
    try:
        sys.excepthook(type(e), e, None)
    finally:
        sys.stderr = saved
    return out.getvalue().splitlines()[-1]


count = 1
MISTAKES = [
    "print(coutn)", "prnt('x')", "lenn([1])", "Conifg()", "jsn.dumps", "TRUE", "none", "Exeption",
    "ValueErorr", "os.getcwdd()", "json.dumpz", "Config().timout", "Config().conect()", "Config.conect",
    "'abc'.uper()", "[].apend(1)", "{}.itmes()", "collections.OrderDict", "sys.argvv",
    "xyzzy_totally_unknown", "Config().zzzzzzzz", "int.from_byte", "None.foo", "(1).real2",
    "isinstanc", "sys.exitt",
]
for source in MISTAKES:
    try:
        exec(source)
    except (NameError, AttributeError) as e:
        print(printed_line(e))
        print(" str:", e)
        print(" traceback:", traceback.format_exception_only(e)[-1], end="")
# an error a script raises itself names nothing to suggest for
print(printed_line(NameError("name 'prnt' is not defined")))


colour_global = 1
color = 2


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
