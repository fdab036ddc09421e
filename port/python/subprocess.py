"""subprocess: CPython's run() and its helpers, and Popen, over the host's
processes.

The sandbox starts no processes itself: the embedder runs each command for
us when it allows it (pywasm --allow-run, allowRun: true in the library,
always in the GitHub Action; without it, PermissionError says how to turn
it on). A command runs to completion before the call that starts it
returns: a live pipe to a running child would need the interpreter to wait
on the host while the host waits on it.

Popen is built on that. It runs its command to completion as it is made,
so stdout/stderr=PIPE are files holding all the output, and wait(), poll()
and communicate() return at once. With stdin=PIPE the command waits
instead until its input is complete: communicate(input), p.stdin.close(),
wait() or poll() run it with what was written to p.stdin; kill() or
terminate() before that give returncode -9 or -15 and run nothing; a
command still waiting when the script ends runs then. Concurrency is what
is lost: a second Popen starts after the first has ended, a command that
never ends on its own (a server) blocks, and pid is None.

Provided: run, call, check_call, check_output, getoutput, getstatusoutput,
Popen, CompletedProcess, CalledProcessError, TimeoutExpired, SubprocessError,
PIPE, STDOUT, DEVNULL, and list2cmdline (Windows' quoting, which some
libraries use to print a command). stdin/stdout/stderr take None (the script's own
streams), PIPE, DEVNULL, STDOUT (stderr only), sys.stdout/sys.stderr/sys.stdin
(as None), or a file object (read before the command runs, or written with
its output after). Paths (cwd, an absolute program) are the script's own
paths: the host translates them through its mounts.
"""
import sys

import _pywasm_process as _host

__all__ = [
    "run", "call", "check_call", "check_output", "getoutput", "getstatusoutput",
    "CompletedProcess", "CalledProcessError", "TimeoutExpired", "SubprocessError",
    "PIPE", "STDOUT", "DEVNULL", "Popen",
]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# Linux's signal numbers, for CalledProcessError's "died with" message.
_SIGNALS = {
    1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
    7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
    13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 16: "SIGSTKFLT", 17: "SIGCHLD",
    18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU",
    23: "SIGURG", 24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF",
    28: "SIGWINCH", 29: "SIGIO", 30: "SIGPWR", 31: "SIGSYS",
}


class SubprocessError(Exception):
    pass


def _read_output(self):
    return self.output


def _write_output(self, value):
    self.output = value


# both exceptions keep the captured output as `output`, also readable and
# writable as `stdout`
_OUTPUT_ALIAS = property(_read_output, _write_output)


# The classes below keep CPython's args (the positional arguments given) and
# say their message through __str__, which the interpreter's traceback
# printer uses (port/traceback.c).
class CalledProcessError(SubprocessError):
    """A command run with check=True (or check_call/check_output) exited non-zero."""

    def __init__(self, *args, **kwargs):
        self.returncode, self.cmd, self.output, self.stderr = _bind(
            "CalledProcessError", ("returncode", "cmd", "output", "stderr"), 2, args, kwargs)
        super().__init__(*args)  # args as given, as CPython's; the message is __str__

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _OUTPUT_ALIAS


class TimeoutExpired(SubprocessError):
    """The command ran past its timeout and was killed."""

    def __init__(self, *args, **kwargs):
        self.cmd, self.timeout, self.output, self.stderr = _bind(
            "TimeoutExpired", ("cmd", "timeout", "output", "stderr"), 2, args, kwargs)
        super().__init__(*args)  # args as given, as CPython's; the message is __str__

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _OUTPUT_ALIAS


def _bind(name, params, required, args, kwargs):
    if len(args) > len(params):
        raise TypeError("%s() takes at most %d arguments" % (name, len(params)))
    values = list(args) + [None] * (len(params) - len(args))
    for key, value in kwargs.items():
        if key not in params:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
        values[params.index(key)] = value
    if len(args) < required and any(p not in kwargs for p in params[len(args):required]):
        raise TypeError("%s() missing required arguments: %s" % (name, ", ".join(params[:required])))
    return values


class CompletedProcess:
    """What run() returns: args, returncode, and stdout/stderr when captured."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def check_returncode(self):
        """A failing exit status becomes CalledProcessError; 0 passes."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class _Input:
    """p.stdin of a Popen made with stdin=PIPE: what is written is kept, and
    the command runs with it once the input is closed."""

    def __init__(self, popen, text):
        self._popen, self._text, self._parts = popen, text, []
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        if self._text != isinstance(data, str):
            raise TypeError("write() argument must be %s, not %s" % (
                "str" if self._text else "bytes-like object", type(data).__name__))
        self._parts.append(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")

    def writable(self):
        return True

    def close(self):
        if not self.closed:
            self.closed = True
            self._popen._run(("" if self._text else b"").join(self._parts))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Popen:
    """A command run to completion through the host: see the module's
    docstring for when it runs and what that changes."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, *popenargs,
                 **kwargs):
        options = _popen_options((args, bufsize, executable, stdin, stdout, stderr) + popenargs, kwargs)
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdout = self.stderr = None
        self.text_mode = bool(options.get("text") or options.get("universal_newlines")
                              or options.get("encoding") or options.get("errors"))
        self._options = options
        _argv(args, options.get("shell", False))  # a bad args fails here, as in CPython
        if stdin == PIPE:
            self.stdin = _Input(self, self.text_mode)
            # a command whose input is never closed still runs, at the end
            import atexit
            atexit.register(self._finish_at_exit)
        else:
            self.stdin = None
            self._run(None)

    def _run(self, input):
        if self.returncode is not None:
            return
        options = dict(self._options)  # checked once already: run() accepts them as given
        if input is not None:
            options["stdin"] = None
        args = options.pop("args")
        result = run(args, input=input, **options)
        self.returncode = result.returncode
        import io
        stream = io.StringIO if self.text_mode else io.BytesIO
        if result.stdout is not None:
            self.stdout = stream(result.stdout)
        if result.stderr is not None:
            self.stderr = stream(result.stderr)

    def _finish_at_exit(self):
        if self.returncode is None:
            self.stdin.close()

    def communicate(self, input=None, timeout=None):
        if input is not None and self.stdin is not None:
            self.stdin.write(input)
        if self.stdin is not None:
            self.stdin.close()
        out = self.stdout.read() if self.stdout is not None else None
        err = self.stderr.read() if self.stderr is not None else None
        return out, err

    def wait(self, timeout=None):
        if self.stdin is not None:
            self.stdin.close()
        return self.returncode

    def poll(self):
        return self.wait()

    def send_signal(self, sig):
        # before its input is complete the command has not run: it never
        # will, and ends as killed by sig; after, it has already ended
        if self.returncode is None:
            self.returncode = -int(sig)
            if self.stdin is not None:
                self.stdin.closed = True
            import io
            empty = io.StringIO if self.text_mode else io.BytesIO
            if self._options.get("stdout") == PIPE:
                self.stdout = empty()
            if self._options.get("stderr") == PIPE:
                self.stderr = empty()

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        self.wait()

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)


# Popen's parameters in order: run() passes extra positional arguments on
# to Popen, so they bind by this order.
_POPEN_PARAMS = (
    "args", "bufsize", "executable", "stdin", "stdout", "stderr", "preexec_fn",
    "close_fds", "shell", "cwd", "env", "universal_newlines", "startupinfo",
    "creationflags", "restore_signals", "start_new_session", "pass_fds",
)
_KEYWORD_ONLY = ("user", "group", "extra_groups", "encoding", "errors", "text", "umask",
                 "pipesize", "process_group")
# Accepted with the values that change nothing here.
_HARMLESS = {"bufsize": (-1, 0, 1), "close_fds": (True,), "restore_signals": (True,),
             "startupinfo": (None,), "creationflags": (0,), "pass_fds": ((), []),
             "pipesize": (-1,), "umask": (-1,)}


def _popen_options(popenargs, kwargs):
    if len(popenargs) > len(_POPEN_PARAMS):
        raise TypeError("too many positional arguments")
    options = dict(zip(_POPEN_PARAMS, popenargs))
    for key, value in kwargs.items():
        if key in options:
            raise TypeError("got multiple values for argument '%s'" % key)
        if key not in _POPEN_PARAMS and key not in _KEYWORD_ONLY:
            raise TypeError("run() got an unexpected keyword argument '%s'" % key)
        options[key] = value
    if "args" not in options:
        raise TypeError("run() missing required argument: 'args'")
    for key, value in options.items():
        if key in _HARMLESS:
            if value not in _HARMLESS[key]:
                raise NotImplementedError("subprocess: %s=%r is not supported in pywasm" % (key, value))
        elif key in ("executable", "preexec_fn", "user", "group", "extra_groups", "process_group"):
            if value is not None:
                raise NotImplementedError("subprocess: %s= is not supported in pywasm" % key)
        elif key == "start_new_session" and value:
            raise NotImplementedError("subprocess: start_new_session=True is not supported in pywasm")
    return options


def _text(value):
    # str, bytes or a path, as text (the host takes argv and env as text).
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8")
    fspath = getattr(value, "__fspath__", None)
    if fspath is not None:
        return _text(fspath())
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(value).__name__)


def _argv(args, shell):
    if isinstance(args, (str, bytes, bytearray)) or hasattr(args, "__fspath__"):
        argv = [_text(args)]
    else:
        argv = [_text(a) for a in args]
    if shell:
        return ["/bin/sh", "-c"] + argv
    if not argv:
        raise IndexError("list index out of range")
    return argv


def _env(env):
    if env is None:
        return None
    out = {}
    for key, value in env.items():
        out[_text(key)] = _text(value)
    return out


def _is_stream(obj, name):
    # The interpreter's own stream: the child uses the same one. A stream
    # that replaced it (io.StringIO, a wrapper) is a file object instead:
    # the output is written into it.
    # MicroPython has no sys.__stdin__ (stdin cannot be replaced).
    return obj is getattr(sys, "__%s__" % name, getattr(sys, name))


def _stdin(stdin, input):
    """-> (the host's stdin, the input bytes or None)."""
    if input is not None:
        return "inherit", input
    if stdin is None or stdin == 0 or _is_stream(stdin, "stdin"):
        return "inherit", None
    if stdin == PIPE:
        return "inherit", b""
    if stdin == DEVNULL:
        return "devnull", None
    read = getattr(stdin, "read", None)
    if read is not None:
        data = read()
        return "inherit", data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise NotImplementedError("subprocess: stdin=%r is not supported in pywasm" % (stdin,))


def _output(target, name):
    """-> (the host's spec for one stream, a file object to write it to or None)."""
    if target is None:
        return {"capture": False, "show": name}, None
    if target == PIPE:
        return {"capture": True, "show": None}, None
    if target == DEVNULL:
        return {"capture": False, "show": None}, None
    if target == STDOUT:
        if name == "stderr":
            return "stdout", None
        raise ValueError("STDOUT is only valid for stderr")
    if target == 1 or _is_stream(target, "stdout"):
        return {"capture": False, "show": "stdout"}, None
    if target == 2 or _is_stream(target, "stderr"):
        return {"capture": False, "show": "stderr"}, None
    if hasattr(target, "write"):
        return {"capture": True, "show": None}, target
    raise NotImplementedError("subprocess: %s=%r is not supported in pywasm" % (name, target))


def _write_to(f, data):
    # CPython hands the file's descriptor to the child; here the output is
    # written into the file object once the command has ended.
    if not data:
        return
    if "b" in getattr(f, "mode", "") or type(f).__name__ == "BytesIO":
        f.write(data)
    else:
        f.write(data.decode("utf-8", "replace"))


def _decode(data, encoding, errors):
    # Text mode reads with universal newlines, as CPython's does.
    if data is None:
        return None
    text = data.decode(encoding or "utf-8", errors or "strict")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it to end, return a CompletedProcess."""
    if input is not None and kwargs.get("stdin") is not None:
        raise ValueError("stdin and input arguments may not both be used.")
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    options = _popen_options(popenargs, kwargs)
    args = options["args"]
    encoding, errors = options.get("encoding"), options.get("errors")
    text = bool(options.get("text") or options.get("universal_newlines") or encoding or errors)
    argv = _argv(args, options.get("shell", False))
    if input is not None:
        if text:
            if not isinstance(input, str):
                raise TypeError("input must be str in text mode, not %s" % type(input).__name__)
            input = input.encode(encoding or "utf-8")
        elif isinstance(input, str):
            raise TypeError("input must be a bytes-like object in binary mode, not 'str'")
        else:
            input = bytes(input)
    stdin, input = _stdin(options.get("stdin"), input)
    out_spec, out_file = _output(options.get("stdout"), "stdout")
    err_spec, err_file = _output(options.get("stderr"), "stderr")
    cwd = options.get("cwd")
    returncode, out, err, timed_out = _host.run(
        argv,
        cwd=None if cwd is None else _text(cwd),
        env=_env(options.get("env")),
        stdin=stdin,
        input=input,
        stdout=out_spec,
        stderr=err_spec,
        timeout=timeout,
    )
    if out_file is not None:
        _write_to(out_file, out)
        out = None
    if err_file is not None:
        _write_to(err_file, err)
        err = None
    if timed_out:
        # As CPython's POSIX run(): what was read so far, as bytes (None
        # when nothing was).
        raise TimeoutExpired(args, timeout, output=out or None, stderr=err or None)
    if text:
        out = _decode(out, encoding, errors)
        err = _decode(err, encoding, errors)
    if check and returncode:
        raise CalledProcessError(returncode, args, output=out, stderr=err)
    return CompletedProcess(args, returncode, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit code."""
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    """Run a command; CalledProcessError if it exits non-zero, else 0."""
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    # the error names the command as given: args= if passed, else the first positional
    command = kwargs.get("args")
    raise CalledProcessError(status, popenargs[0] if command is None else command)


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its stdout; CalledProcessError if it exits non-zero."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        # An explicit input=None has always meant empty input here.
        textual = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if textual else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command, stderr merged, one trailing newline dropped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command, stderr merged, one trailing newline dropped."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """One command line from a sequence of arguments, quoted as the
    Microsoft C runtime parses them back (as CPython's, whatever the
    platform): an empty argument or one holding a space or a tab is put in
    double quotes, a double quote gets a backslash, and backslashes are
    doubled only where a double quote follows them."""
    import os
    out = []
    for arg in seq:
        arg = os.fsdecode(arg)
        quoted = not arg or ' ' in arg or '\t' in arg
        piece = []
        slashes = 0  # backslashes seen and not yet written
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                piece.append('\\' * (2 * slashes + 1) + '"')
            else:
                piece.append('\\' * slashes + ch)
            slashes = 0
        # before the closing quote backslashes are doubled, else left alone
        piece.append('\\' * (2 * slashes if quoted else slashes))
        text = ''.join(piece)
        out.append('"' + text + '"' if quoted else text)
    return ' '.join(out)

# PEP 585: Popen[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(Popen, CompletedProcess)
