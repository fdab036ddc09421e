# actions.exec: @actions/exec 1.1.x in snake_case (see docs/action.md).
# Synchronous; errors are ValueError (a refused command line or argument)
# or RuntimeError (with @actions/exec's messages).
from typing import Mapping, Sequence

class ExecOutput:
    exit_code: int | None
    stdout: str
    stderr: str
    def __init__(self, exit_code: int | None, stdout: str, stderr: str) -> None: ...

def exec(
    command_line: str,
    args: Sequence[str] | None = ...,
    *,
    cwd: str | None = ...,
    env: Mapping[str, str] | None = ...,
    input: str | bytes | None = ...,
    silent: bool = ...,
    ignore_return_code: bool = ...,
    fail_on_std_err: bool = ...,
) -> int | None: ...
def get_exec_output(
    command_line: str,
    args: Sequence[str] | None = ...,
    *,
    cwd: str | None = ...,
    env: Mapping[str, str] | None = ...,
    input: str | bytes | None = ...,
    silent: bool = ...,
    ignore_return_code: bool = ...,
    fail_on_std_err: bool = ...,
) -> ExecOutput: ...
def arg_string_to_array(arg_string: str) -> list[str]: ...
