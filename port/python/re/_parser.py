"""re._parser: CPython's regular expression parser, as far as libraries use
it: parse(pattern, flags).getwidth(), the shortest and longest match (lark
sizes its terminals so), and error. The pattern is parsed by pywasm's
engine (port/sre/parse.c), so its errors are re.error's; the parse tree
itself is not offered."""
import re
from re._constants import error, MAXREPEAT, MAXGROUPS

MAXWIDTH = 1 << 64  # what getwidth() gives for an unbounded match (3.11.7)


class SubPattern:
    def __init__(self, pattern, flags):
        self.pattern = re.compile(pattern, flags)

    def getwidth(self):
        lo, hi = self.pattern._width
        return min(lo, MAXWIDTH), MAXWIDTH if hi < 0 else min(hi, MAXWIDTH)


def parse(str, flags=0, state=None):
    return SubPattern(str, flags)
