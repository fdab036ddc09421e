"""The action's runner, started by `pywasm -m _pywasm_action MODE NAME [ARGS...]`
(which loads it from the frozen modules whatever the workspace holds).

The action's JavaScript entry (npm/pywasm/lib/action) starts the interpreter
with this module. MODE is `file` (NAME is the script's absolute path) or
`inline` (the script is the `script` input, NAME is `<script>`). It runs the
script as __main__ with sys.argv = [NAME, ARGS...], then:
- an unhandled exception (a syntax error too) prints its traceback to
  stderr and becomes an error annotation at the script's file and line,
  titled with the exception's type; the exit code is 1;
- sys.exit(n) gives exit code n;
- a value given to actions.core.set_result becomes the `result` output.
"""
import sys

from actions import _env

# The rest of the toolkit is imported where it is needed: a step that
# succeeds and sets nothing never loads actions.core (a millisecond or so
# of its start-up). What the script did through it (a result, set_failed)
# is read from its modules only if the script imported them.


_RUNNER_FRAME = 'File "actions/_action.py"'


def _annotation_file(path):
    # The runner wants repository-relative paths for annotations.
    workspace = (_env.get("GITHUB_WORKSPACE") or "").rstrip("/")
    if workspace and path.startswith(workspace + "/"):
        return path[len(workspace) + 1:]
    return path


def _read(path):
    with open(path) as f:
        return f.read()


def _script_dir(mode, name):
    if mode == "file" and "/" in name:
        return name[: name.rfind("/")] or "/"
    return _env.get("PWD") or "."


def _report(exc, mode, name, source):
    from actions._traceback import format_exception, innermost_line
    from actions.core.annotations import error

    # The runner's own frame is noise in the user's traceback (it is frozen,
    # so no source line follows it). Deep recursion is already folded.
    lines = [line for line in format_exception(exc).rstrip("\n").split("\n") if _RUNNER_FRAME not in line]
    # A script that does not compile ran no frame of its own: as CPython
    # prints it, the report has no "Traceback" header, only the place.
    if lines[0].startswith("Traceback") and not any(line.startswith('  File "') and ", in " in line for line in lines):
        lines = lines[1:]
    text = "".join(line + "\n" for line in lines)
    sys.stderr.write(text)
    last = text.rstrip("\n").split("\n")[-1]
    kind = type(exc).__name__
    line = innermost_line(text, name)
    if line is not None:
        # A syntax error at the end of input is reported one line past it.
        line = min(line, max(1, source.count("\n") + (0 if source.endswith("\n") else 1)))
    error(
        last if last else kind,
        title=kind,
        file=_annotation_file(name) if mode == "file" else None,
        start_line=line,
    )


def _write_result():
    outputs = sys.modules.get("actions.core.outputs")
    if outputs is None:  # set_result lives there, so it was never called
        return
    given, value = outputs.get_result()
    if not given:
        return
    from actions.core.inputs import get_input

    if get_input("result-encoding") == "string":
        from actions.core.command_value import to_command_value

        outputs.set_output("result", to_command_value(value))
    else:
        from actions._jsjson import stringify

        outputs.set_output("result", stringify(value))


def _exit_code():
    # set_failed's code, if the script called it (it lives in that module)
    failure = sys.modules.get("actions.core.failure")
    return failure.exit_code() if failure is not None else 0


def _system_exit_code(exc):
    # CPython's rules: None is 0, an int is itself, anything else is
    # printed and gives 1.
    code = exc.args[0] if exc.args else None
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(str(code) + "\n")
    return 1


def _finish(code):
    # The result output is written only when the script ends well; a result
    # that cannot be written (a value containing the delimiter) fails the step.
    if code == 0:
        try:
            _write_result()
        except Exception as exc:
            from actions.core.annotations import error

            error(exc, title="result output")
            return 1
    return code or _exit_code()


def run(mode, name, args):
    namespace = {"__name__": "__main__", "__file__": name}
    sys.argv[:] = [name] + list(args)
    sys.path.insert(0, _script_dir(mode, name))
    source = ""
    try:
        # the `script` input as get_input("script", trim_whitespace=False) reads it
        source = _read(name) if mode == "file" else _env.get("INPUT_SCRIPT") or ""
        exec(compile(source, name, "exec"), namespace)
    except SystemExit as exc:
        return _finish(_system_exit_code(exc))
    except BaseException as exc:  # everything the script raised is reported
        _report(exc, mode, name, source)
        return 1
    return _finish(0)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("file", "inline"):
        sys.stderr.write("usage: pywasm -m _pywasm_action file|inline NAME [ARGS...]\n")
        return 2
    return run(sys.argv[1], sys.argv[2], sys.argv[3:])


if __name__ == "__main__":
    sys.exit(main())
