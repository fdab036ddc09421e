"""set_failed, and the exit code it leaves for the end of the script.

In Node, setFailed sets process.exitCode and the process ends with it once
the action is done. Python has no deferred exit code, so the code is kept
here and applied when the interpreter exits: MicroPython's sys.atexit hook
raising SystemExit sets the exit status of a run that would otherwise end
with 0 (our port's main.c), and the action's runner also reads it.
"""
import sys

from actions.core.annotations import error

SUCCESS = 0
FAILURE = 1

_state = {"code": SUCCESS, "hooked": False, "previous": None}


def exit_code():
    """The exit code set_failed asked for (0 if it was never called)."""
    return _state["code"]


def _at_exit():
    previous = _state["previous"]
    if previous is not None:
        previous()
    if _state["code"] != SUCCESS:
        raise SystemExit(_state["code"])


def _hook():
    register = getattr(sys, "atexit", None)
    if register is not None and not _state["hooked"]:
        _state["hooked"] = True
        # sys.atexit keeps one function and returns the one it replaces.
        _state["previous"] = register(_at_exit)


def set_failed(message):
    """Log `message` as an error and make the step fail when the script ends."""
    _state["code"] = FAILURE
    _hook()
    error(message)
