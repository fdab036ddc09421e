"""Step outputs: set_output, and set_result for the action's `result`."""
import sys

from actions import _env
from actions.core.command import issue_command
from actions.core.command_value import to_command_value
from actions.core.file_command import issue_file_command, prepare_key_value_message


def set_output(name, value):
    """Set the step output `name` (non-strings are written as JSON)."""
    if _env.get("GITHUB_OUTPUT"):
        issue_file_command("OUTPUT", prepare_key_value_message(name, value))
        return
    sys.stdout.write("\n")
    issue_command("set-output", [("name", name)], to_command_value(value))


# The value given to set_result, wrapped so that None can be a result.
_result = []


def set_result(value):
    """Make `value` the action's `result` output (see docs/action.md).

    The action writes it when the script ends: as JSON by default, or as
    text with `result-encoding: string`. Calling it again replaces it.
    """
    _result[:] = [value]


def get_result():
    """(True, value) if set_result was called, else (False, None)."""
    return (True, _result[0]) if _result else (False, None)
