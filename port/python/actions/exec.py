"""@actions/exec 1.1.x in snake_case: run a tool the way JavaScript actions do.

    from actions import exec
    exec.exec("git", ["status", "--short"])
    out = exec.get_exec_output("git rev-parse HEAD", silent=True)
    print(out.exit_code, out.stdout.strip())

As @actions/exec: the command line is split by its quoting rules (only
double quotes group, a backslash escapes a double quote inside them), the
tool is found through PATH as @actions/io's which() finds it, the log gets
`[command]<path> <args>` first unless silent, the tool's stdout and stderr
both go to the log's stdout (stderr to stderr with fail_on_std_err), and a
non-zero exit, output on stderr (with fail_on_std_err) or a tool that
cannot be found raise with @actions/exec's own messages.

Differences, all deliberate: calls are synchronous (there is no event loop
to await); errors are ValueError (an empty command line, an argument that
is not text) or RuntimeError (everything @actions/exec rejects with); a
tool killed by a signal has exit code None (JavaScript's null); the tool's
stdin is empty unless `input` is given (Node leaves it an open pipe).
`listeners`, `out_stream`/`err_stream`, `delay` and the Windows options are
not offered. Running tools needs the process capability, always on in the
GitHub Action (pywasm --allow-run, allowRun: true elsewhere).
"""
import sys

import _pywasm_process as _host

try:
    import uos as _os
except ImportError:
    import os as _os

__all__ = ["exec", "get_exec_output", "ExecOutput", "arg_string_to_array"]


class ExecOutput:
    """What get_exec_output returns: exit_code, stdout, stderr (text)."""

    def __init__(self, exit_code, stdout, stderr):
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        return "ExecOutput(exit_code=%r, stdout=%r, stderr=%r)" % (self.exit_code, self.stdout, self.stderr)

    def __eq__(self, other):
        return isinstance(other, ExecOutput) and (self.exit_code, self.stdout, self.stderr) == (other.exit_code, other.stdout, other.stderr)


def arg_string_to_array(arg_string):
    """A command line split into arguments as @actions/exec splits it.

    Spaces separate arguments outside double quotes; double quotes group
    and are dropped; inside them a backslash escapes a double quote or a
    backslash and is kept before anything else. Single quotes are ordinary.
    """
    args = []
    in_quotes = False
    escaped = False
    arg = ""
    for c in arg_string:
        if c == '"':
            if not escaped:
                in_quotes = not in_quotes
            else:
                arg += c
                escaped = False
            continue
        if c == "\\" and escaped:
            # An escaped backslash keeps both.
            arg += "\\\\"
            escaped = False
            continue
        if c == "\\" and in_quotes:
            escaped = True
            continue
        if c == " " and not in_quotes:
            if arg:
                args.append(arg)
                arg = ""
            continue
        if escaped:
            arg += "\\"
        arg += c
        escaped = False
    if arg:
        args.append(arg.strip())
    return args


def _normalize(path):
    # "." and ".." applied, as Node's path.resolve does to an absolute path.
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
        else:
            parts.append(part)
    return "/" + "/".join(parts)


def _resolve(base, path):
    return _normalize(path if path.startswith("/") else base + "/" + path)


def _which(tool):
    found = _host.which(tool, _os.getenv("PATH"))
    if not found:
        raise RuntimeError(
            "Unable to locate executable file: %s. Please verify either the file path exists "
            "or the file can be found within a directory specified by the PATH environment "
            "variable. Also check the file mode to verify the file is executable." % tool)
    return found


def _text(value, what):
    if not isinstance(value, str):
        raise ValueError("%s must be a string, not %s" % (what, type(value).__name__))
    return value


def _run(command_line, args, cwd, env, input, silent, ignore_return_code, fail_on_std_err, capture):
    command_args = arg_string_to_array(_text(command_line or "", "command_line"))
    if not command_args:
        raise ValueError("Parameter 'commandLine' cannot be null or empty.")
    tool = command_args[0]
    args = command_args[1:] + [_text(a, "each argument") for a in (args or [])]
    here = _host.getcwd()
    if not tool.startswith("/") and "/" in tool:
        # A relative path is rooted at cwd (the option, else the script's).
        tool = _resolve(_resolve(here, cwd) if cwd else here, tool)
    tool = _which(tool)
    if not silent:
        sys.stdout.write("[command]" + tool + "".join(" " + a for a in args) + "\n")
    if isinstance(input, str):
        input = input.encode("utf-8")
    try:
        code, out, err, _ = _host.run(
            [tool] + args,
            cwd=cwd,
            env=None if env is None else dict(env),
            stdin="devnull",
            input=input if input else None,
            stdout={"capture": capture, "show": None if silent else "stdout"},
            # Whether anything came on stderr decides fail_on_std_err.
            stderr={"capture": capture or fail_on_std_err,
                    "show": None if silent else ("stderr" if fail_on_std_err else "stdout")},
        )
    except OSError as e:
        if e.filename == _host.absolute(cwd or here):
            # The working directory, not the tool: missing, or outside the
            # sandbox's mounts (the sandbox's own refusal, raised as it is).
            if cwd and e.errno == 2:
                raise RuntimeError("The cwd: %s does not exist!" % cwd)
            if e.errno == 13:
                raise
        code_name = {2: "ENOENT", 13: "EACCES", 20: "ENOTDIR", 8: "ENOEXEC"}.get(e.errno, "E%s" % e.errno)
        raise RuntimeError(
            "There was an error when attempting to execute the process '%s'. This may indicate "
            "the process failed to start. Error: spawn %s %s" % (tool, tool, code_name))
    exit_code = code if code >= 0 else None
    if exit_code != 0 and not ignore_return_code:
        raise RuntimeError("The process '%s' failed with exit code %s" % (tool, "null" if exit_code is None else exit_code))
    if fail_on_std_err and err:
        raise RuntimeError("The process '%s' failed because one or more lines were written to the STDERR stream" % tool)
    return exit_code, out, err


def exec(command_line, args=None, *, cwd=None, env=None, input=None, silent=False,
         ignore_return_code=False, fail_on_std_err=False):
    """Run a tool; its output goes to the log. Returns the exit code."""
    return _run(command_line, args, cwd, env, input, silent, ignore_return_code, fail_on_std_err, False)[0]


def get_exec_output(command_line, args=None, *, cwd=None, env=None, input=None, silent=False,
                    ignore_return_code=False, fail_on_std_err=False):
    """Run a tool, its output also going to the log unless silent; returns an ExecOutput."""
    exit_code, out, err = _run(command_line, args, cwd, env, input, silent, ignore_return_code, fail_on_std_err, True)
    # As Node's StringDecoder: bytes that are not UTF-8 become U+FFFD.
    return ExecOutput(exit_code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))
