"""Run one host program to completion: the `process.run` host call.

The sandbox cannot start processes; the embedder does it for us when it
allows it (pywasm --allow-run, allowRun in the library, always in the GitHub
Action). `subprocess` and `actions.exec` are built on this module; it
uses MicroPython's built-in `uos` and `ujson` rather than our compat `os`
and `json` (a few milliseconds each to import), so that a script pays only
for what it uses.

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

# CPython's OSError subclasses for the errors a start can fail with.
_OSERRORS = {
    1: PermissionError,
    2: FileNotFoundError,
    13: PermissionError,
    20: NotADirectoryError,
    21: IsADirectoryError,
}


def _run_off():
    # errno EACCES, as when exec() is refused: tools that probe for a
    # command (bump2version's `git --help`) catch OSError and test
    # e.errno against ENOENT/EACCES; the message stays the sandbox's own
    e = PermissionError(RUN_OFF)
    e.errno = 13
    return e


def _pywasm():
    try:
        import _pywasm
    except ImportError:
        raise _run_off()
    return _pywasm


def call(name, args, data=None):
    """One host call of this capability; its `ok` value, or the error raised.

    `data`, base64 text, is sent as args["stdin"] = {"data": data}.
    """
    text = json.dumps(args)
    if data is not None:
        # base64 needs no escaping, so the payload is spliced into the text
        # rather than passed through json.dumps (which costs ~0.13 s per MB
        # even on its fast path for such strings).
        text = text[:-1] + ',"stdin":{"data":"' + data + '"}}'
    answer = _loads(_pywasm().host_call(name, text))
    if "ok" in answer:
        return answer["ok"]
    error = answer.get("error") or {}
    kind, message = error.get("type"), error.get("message", "")
    if kind == "HostCallError" and message.startswith("no host handler"):
        raise _run_off()
    if kind == "TypeError":
        raise TypeError(message)
    if kind == "ValueError":
        raise ValueError(message)
    if kind == "TimeoutError":
        raise TimeoutError(message)
    raise OSError("%s: %s" % (kind, message) if kind else message)


_RESULT = '{"ok":{"returncode":'


def _cut(text, key):
    # -> (text with the base64 string value of "key" emptied, that value)
    marker = '"%s":"' % key
    at = text.find(marker)
    if at < 0:
        return text, None
    at += len(marker)
    end = text.find('"', at)
    return text[:at] + text[end:], text[at:end]


def _loads(text):
    # The answer to process.run, as the host writes it, carries its output
    # as base64 strings: taken out before parsing (see call()) and put back.
    if not text.startswith(_RESULT):
        return json.loads(text)
    text, out = _cut(text, "stdout")
    text, err = _cut(text, "stderr")
    answer = json.loads(text)
    if out is not None:
        answer["ok"]["stdout"] = out
    if err is not None:
        answer["ok"]["stderr"] = err
    return answer


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
    data = None
    if input is not None:
        data = b2a_base64(input).decode()
        data = data[:-1] if data.endswith("\n") else data
    timeout_ms = None
    if timeout is not None:
        ms = timeout * 1000
        # At least a millisecond: a zero timeout must still time out.
        timeout_ms = max(1, int(ms) + (1 if int(ms) < ms else 0))
    args = {
        "argv": argv,
        "cwd": absolute(getcwd() if cwd is None else cwd),
        "env": environ() if env is None else env,
        "stdout": stdout if stdout is not None else {"capture": False, "show": "stdout"},
        "stderr": stderr if stderr is not None else {"capture": False, "show": "stderr"},
        "timeout_ms": timeout_ms,
    }
    if data is None:
        args["stdin"] = stdin
    _flush()
    answer = call("process.run", args, data)
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
