"""@actions/core for Python: inputs, outputs, environment, annotations, ...

Every function keeps @actions/core's behaviour and the exact text the runner
sees; names are snake_case. Each concern lives in its own module (the
imports below name them); this package only gathers them.
"""
from actions.core.annotations import debug, error, info, is_debug, notice, warning
from actions.core.command import issue, issue_command
from actions.core.command_value import to_command_value
from actions.core.echo import set_command_echo, stop_commands
from actions.core.failure import FAILURE, SUCCESS, exit_code, set_failed
from actions.core.groups import end_group, group, start_group
from actions.core.inputs import get_boolean_input, get_input, get_multiline_input
from actions.core.outputs import set_output, set_result
from actions.core.path_utils import to_platform_path, to_posix_path, to_win32_path
from actions.core.state import get_state, save_state
from actions.core.summary import summary
from actions.core.variables import add_path, export_variable, set_secret


def get_id_token(audience=None):
    """The job's OIDC ID token (actions/core/oidc.py). Imported on first use:
    it loads urllib, which a script that never asks for a token should not
    pay for at start-up."""
    from actions.core.oidc import get_id_token as fetch
    return fetch(audience)
