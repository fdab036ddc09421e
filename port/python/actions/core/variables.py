"""Environment for later steps: export_variable, add_path, set_secret."""
from actions import _env
from actions.core.command import issue_command
from actions.core.command_value import to_command_value
from actions.core.file_command import issue_file_command, prepare_key_value_message


def export_variable(name, value):
    """Set `name` for this script and for the job's later steps."""
    converted = to_command_value(value)
    _env.set(name, converted)
    if _env.get("GITHUB_ENV"):
        issue_file_command("ENV", prepare_key_value_message(name, value))
    else:
        issue_command("set-env", [("name", name)], converted)


def set_secret(secret):
    """Ask the runner to mask `secret` in the log from now on."""
    issue_command("add-mask", None, secret)


def add_path(input_path):
    """Prepend `input_path` to PATH for this script and later steps."""
    if _env.get("GITHUB_PATH"):
        issue_file_command("PATH", input_path)
    else:
        issue_command("add-path", None, input_path)
    # Node writes "undefined" when PATH is unset; an empty tail is the
    # honest Python equivalent (nothing outside this process sees it).
    _env.set("PATH", input_path + ":" + (_env.get("PATH") or ""))
