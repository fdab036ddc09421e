"""The interpreter's built-in os module, for the toolkit's own use.

Our `os` is a Python package over MicroPython's built-in `uos` (environ,
os.path, walk...), and importing it costs a few milliseconds at every
start. The toolkit needs only getenv/putenv/unsetenv, urandom and stat, so
it takes them from `uos` directly; under CPython, from `os`.
"""
try:
    import uos as os
except ImportError:
    import os

urandom = os.urandom
stat = os.stat
