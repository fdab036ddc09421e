"""Read and change the process environment.

MicroPython's os has getenv/putenv/unsetenv but no os.environ; CPython has
both, and there putenv alone would not update os.environ. One place hides
the difference so the rest of the toolkit reads like @actions/core.
"""
import os

_environ = getattr(os, "environ", None)


def get(name, default=None):
    if _environ is not None:
        return _environ.get(name, default)
    return os.getenv(name, default)


def set(name, value):
    # A name the C library refuses ("" or one with "=") is still a valid
    # file command; Node's process.env takes it, so it is not an error here.
    try:
        if _environ is not None:
            _environ[name] = value
        else:
            os.putenv(name, value)
    except (OSError, ValueError):
        pass


def unset(name):
    if _environ is not None:
        _environ.pop(name, None)
    else:
        try:
            os.unsetenv(name)
        except OSError:
            pass
