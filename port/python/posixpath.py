"""posixpath: os.path under the other name CPython gives it; every path in
the sandbox is a POSIX one."""
from os.path import *
