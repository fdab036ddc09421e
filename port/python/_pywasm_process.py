"""Run one host program to completion: the `process.run` host call.

The sandbox cannot start processes; the embedder does it for us when it
allows it (pywasm --allow-run, allowRun in the library, always in the GitHub
Action). `subprocess` and `actions.exec` are built on this module; it
imports neither `os` nor `json` (a few milliseconds each at import) so that
a script pays only for what it uses.

What the host is asked (docs/module-interface.md, "process.run"):
  argv     the program and its arguments, as text (no shell: subprocess's
           shell=True is ["/bin/sh", "-c", command])
  cwd      an absolute guest path; the host runs the child in the host
           directory a mount shows there
  env      the child's whole environment
  stdin    "inherit", "devnull" or {"data": base64}
  stdout   {"capture": bool, "show": None | "stdout" | "stderr"}
  stderr   the same, or "stdout" (merged into stdout, in order)
"""
try:
    # MicroPython's C module: our compat json costs ~2.5 ms to import.
    import ujson as json
except ImportError:
    import json
import sys
from binascii import a2b_base64, b2a_base64

try:
    import uos as _os
except ImportError:
    import os as _os

RUN_OFF = (
    "running host processes is off in this sandbox "
    "(run pywasm with --allow-run, or pass allowRun: true to the library)"
)

_OSERRORS = {
    2: FileNotFoundError,
    13: PermissionError,
    20: NotADirectoryError,
    21: IsADirectoryError,
}


def _pywasm():
    try:
        import _pywasm
    except ImportError:
        raise PermissionError(RUN_OFF)
    return _pywasm


def call(name, args):
    """One host call of this capability; its `ok` value, or the error raised."""
    answer = json.loads(_pywasm().host_call(name, json.dumps(args)))
    if "ok" in answer:
        return answer["ok"]
    error = answer.get("error") or {}
    kind, message = error.get("type"), error.get("message", "")
    if kind == "HostCallError" and message.startswith("no host handler"):
        raise PermissionError(RUN_OFF)
    if kind == "TypeError":
        raise TypeError(message)
    if kind == "ValueError":
        raise ValueError(message)
    if kind == "TimeoutError":
        raise TimeoutError(message)
    raise OSError("%s: %s" % (kind, message) if kind else message)


def environ():
    """The environment as the script sees it now (os.environ's writes included)."""
    try:
        return _pywasm().environ()
    except PermissionError:
        return {}


def getcwd():
    return _os.getcwd()


def absolute(path):
    """`path` made absolute against the working directory, as a child's cwd."""
    if path.startswith("/"):
        return path
    here = getcwd()
    return here + path if here.endswith("/") else here + "/" + path


def oserror(failure):
    """The OSError for a program that could not be started."""
    number = failure["errno"]
    text = failure.get("strerror") or _pywasm().strerror(number)
    return _OSERRORS.get(number, OSError)(number, text, failure["filename"])


def _flush():
    # What the script printed comes before what the child prints. The
    # interpreter's own stdout buffer is flushed by every host call; a
    # Python-level stream (a replaced sys.stdout) is flushed here.
    for stream in (sys.stdout, sys.stderr):
        flush = getattr(stream, "flush", None)
        if flush is not None:
            try:
                flush()
            except Exception:
                pass


def run(argv, cwd=None, env=None, stdin="inherit", input=None,
        stdout=None, stderr=None, timeout=None):
    """Run argv to completion.

    -> (returncode, stdout bytes or None, stderr bytes or None, timed_out).
    A program that cannot be started raises its OSError; returncode is
    minus the signal for a child killed by one.
    """
    if input is not None:
        stdin = {"data": b2a_base64(input).decode().replace("\n", "")}
    timeout_ms = None
    if timeout is not None:
        ms = timeout * 1000
        # At least a millisecond: a zero timeout must still time out.
        timeout_ms = max(1, int(ms) + (1 if int(ms) < ms else 0))
    args = {
        "argv": argv,
        "cwd": absolute(getcwd() if cwd is None else cwd),
        "env": environ() if env is None else env,
        "stdin": stdin,
        "stdout": stdout if stdout is not None else {"capture": False, "show": "stdout"},
        "stderr": stderr if stderr is not None else {"capture": False, "show": "stderr"},
        "timeout_ms": timeout_ms,
    }
    _flush()
    answer = call("process.run", args)
    if "error" in answer:
        raise oserror(answer["error"])
    out, err = answer["stdout"], answer["stderr"]
    return (
        answer["returncode"],
        None if out is None else a2b_base64(out),
        None if err is None else a2b_base64(err),
        answer["timed_out"],
    )


def which(name, path):
    """The program `name` as @actions/io's which() finds it, or None."""
    return call("process.which", {"name": name, "path": path})
