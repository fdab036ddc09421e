# BaseException.add_note (3.11): __notes__, the TypeError for a non-str
# note, and the notes printed after the exception's line in a traceback.
import traceback

e = Exception("x")
e.add_note("note1")
e.add_note("two\nlines")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)


class MyErr(ValueError):
    pass


try:
    try:
        raise MyErr("inner")
    except MyErr as err:
        err.add_note("while parsing config.yml")
        raise
except MyErr as err:
    print(err.__notes__)
    print("".join(traceback.format_exception(err)).splitlines()[-2:])


def f():
    err = KeyError("k")
    err.add_note("hint: check the key")
    raise err


try:
    f()
except KeyError as k:
    print(traceback.format_exception_only(type(k), k) if hasattr(traceback, "format_exception_only") else "")
    print("".join(traceback.format_exception(k)).splitlines()[-2:])
print(traceback.format_exception_only(e))
