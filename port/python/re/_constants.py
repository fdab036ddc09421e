"""re._constants: the names of CPython's regular expression compiler that
libraries import (lark): error and the repeat and group limits. pywasm's
engine is port/modsre.c, so the opcode tables are not here."""
from re import error

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
