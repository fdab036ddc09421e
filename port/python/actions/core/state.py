"""State shared between an action's main and post steps."""
from actions import _env
from actions.core.command import issue_command
from actions.core.command_value import to_command_value
from actions.core.file_command import issue_file_command, prepare_key_value_message


def save_state(name, value):
    """Save `value` for the post step (non-strings are written as JSON)."""
    if _env.get("GITHUB_STATE"):
        issue_file_command("STATE", prepare_key_value_message(name, value))
        return
    issue_command("save-state", [("name", name)], to_command_value(value))


def get_state(name):
    """The value the main step saved under `name` ('' if none)."""
    return _env.get("STATE_" + name) or ""
