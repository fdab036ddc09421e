"""Read and change the process environment.

MicroPython's built-in os has getenv/putenv/unsetenv but no os.environ.
Our compat `os` package adds os.environ: a mapping filled when `os` is first
imported, whose writes go through to putenv. So reads here use getenv (it
sees every write), and writes also update os.environ when a script has
already imported `os`, as Node's process.env would show them. Under CPython
os.environ is the one place to write.
"""
import sys

from actions._os import os


def _environ():
    loaded = sys.modules.get("os")
    return getattr(loaded, "environ", None) if loaded is not None else None


def get(name, default=None):
    value = os.getenv(name)
    return default if value is None else value


def set(name, value):
    # A name the C library refuses ("" or one with "=") is still a valid
    # file command; Node's process.env takes it, so it is not an error here.
    try:
        environ = _environ()
        if environ is not None:
            environ[name] = value
        else:
            os.putenv(name, value)
    except (OSError, ValueError):
        pass


def unset(name):
    try:
        environ = _environ()
        if environ is not None:
            environ.pop(name, None)
        else:
            os.unsetenv(name)
    except OSError:
        pass
