# A call or subscript spread over several lines reports the line its
# expression starts on; a while loop's condition and a comprehension's value
# report their own lines (patch 0310).
import sys


def caller_line(*args, **kwargs):
    return sys._getframe(1).f_lineno


def boom(*args, **kwargs):
    raise ValueError("boom")


def lines_of(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


print("call", caller_line(1,
                          caller_line(2),
                          k=3))
print("keywords", caller_line(
    a=sys.path,
    b=None,
))
value = {"a": 1,
         "b": 2}.get(
    "a")
print("method", value, caller_line(
    1)
)


class Thing:
    def method(self, *args):
        return caller_line()


print("bound", Thing().method(
    1,
    2))

try:
    boom(1,
         caller_line(2),
         k=3)
except ValueError as e:
    print("raise", lines_of(e))


def relay():
    return boom(
        1,
        2)


try:
    relay()
except ValueError as e:
    print("nested", lines_of(e))

try:
    picked = [1,
              2][caller_line(
                  0)]
except IndexError as e:
    print("subscript", lines_of(e))


def spin():
    count = 0
    while count < not_defined_anywhere:
        count += 1
        count -= 1


try:
    spin()
except NameError as e:
    print("while", lines_of(e))

print("comprehension", [caller_line(x)
                        for x in range(2)
                        if x >= 0])

seen = []
for n in range(2):
    seen.append(caller_line(
        n,
        n))
print("loop", seen)
