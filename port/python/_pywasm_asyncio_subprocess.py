"""asyncio.subprocess: create_subprocess_exec, create_subprocess_shell,
Process, PIPE, STDOUT, DEVNULL, over our subprocess.Popen.

Popen runs its command through the host, to completion, before it returns
(see subprocess.py), so the child here has ended when create_subprocess_*
returns, and the loop does not run meanwhile: the output is there to read
at once, and nothing else in the script runs while the child does. With
stdin=PIPE the child waits instead for its input: it runs when stdin is
closed (proc.stdin.close(), write_eof(), communicate(), wait()) or when its
output is first read, with what was written by then. returncode is set one
loop step after the child ends, as CPython's child watcher does, or by
wait() and communicate(). The host runs a child only when the embedder
allows it (pywasm --allow-run); otherwise PermissionError says how."""
import sys

# what asyncio.subprocess exports in CPython 3.11 (the rest are its plain names)
__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3


class _Reader:
    """StreamReader's reading methods over the child's whole output, which
    exists once the child has run."""

    def __init__(self, proc, name):
        self._proc, self._name = proc, name
        self._buffer = None
        self._pos = 0

    def _data(self):
        if self._buffer is None:
            self._proc._run()
            f = getattr(self._proc._popen, self._name)
            self._buffer = f.read() if f is not None else b''
        return self._buffer

    def at_eof(self):
        return self._buffer is not None and self._pos >= len(self._buffer)

    def _take(self, end):
        data = self._data()[self._pos:end]
        self._pos += len(data)
        return data

    async def read(self, n=-1):
        data = self._data()
        return self._take(len(data) if n < 0 else self._pos + n)

    async def readline(self):
        data = self._data()
        i = data.find(b'\n', self._pos)
        return self._take(len(data) if i < 0 else i + 1)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        data = self._data()
        if len(data) - self._pos < n:
            from _pywasm_asyncio_events import IncompleteReadError
            raise IncompleteReadError(self._take(len(data)), n)
        return self._take(self._pos + n)

    async def readuntil(self, separator=b'\n'):
        data = self._data()
        i = data.find(separator, self._pos)
        if i < 0:
            from _pywasm_asyncio_events import IncompleteReadError
            raise IncompleteReadError(self._take(len(data)), None)
        return self._take(i + len(separator))

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line

    def __repr__(self):
        return '<StreamReader>'


class _Writer:
    """StreamWriter's methods over the child's stdin, which is buffered until
    it is closed."""

    def __init__(self, proc):
        self._proc = proc
        self._closing = False

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not %r' % type(data).__name__)
        if not self._closing:
            self._proc._popen.stdin.write(bytes(data))

    def writelines(self, data):
        for chunk in data:
            self.write(chunk)

    async def drain(self):
        pass

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def close(self):
        if not self._closing:
            self._closing = True
            self._proc._popen.stdin.close()
            self._proc._ended()

    def is_closing(self):
        return self._closing

    async def wait_closed(self):
        pass

    def get_extra_info(self, name, default=None):
        return default

    def __repr__(self):
        return '<StreamWriter>'


class Process:
    def __init__(self, popen, stdin, stdout, stderr):
        self._popen = popen
        self.returncode = None
        self.stdin = _Writer(self) if stdin == PIPE else None
        self.stdout = _Reader(self, 'stdout') if stdout == PIPE else None
        self.stderr = _Reader(self, 'stderr') if stderr == PIPE else None
        if popen.returncode is not None:
            self._ended()

    @property
    def pid(self):
        return self._popen.pid

    def __repr__(self):
        return '<Process %s>' % self.pid

    def _ended(self):
        # noticed one loop step later, as CPython's child watcher would
        from _pywasm_asyncio import call_soon
        call_soon(self._set_returncode)

    def _set_returncode(self):
        self.returncode = self._popen.returncode

    def _run(self):
        if self.stdin is not None:
            self.stdin.close()
        elif self._popen.stdin is not None:
            self._popen.stdin.close()

    async def wait(self):
        self._run()
        self.returncode = self._popen.returncode
        return self.returncode

    async def communicate(self, input=None):
        if input is not None and self.stdin is not None:
            self.stdin.write(input)
        self._run()
        out = await self.stdout.read() if self.stdout is not None else None
        err = await self.stderr.read() if self.stderr is not None else None
        await self.wait()
        return out, err

    def send_signal(self, signal):
        self._popen.send_signal(signal)
        self._ended()

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def _check(kwds):
    # asyncio's pipes carry bytes only, as in CPython
    if kwds.pop('universal_newlines', False):
        raise ValueError('universal_newlines must be False')
    if kwds.pop('text', False):
        raise ValueError('text must be False')
    if kwds.pop('encoding', None) is not None:
        raise ValueError('encoding must be None')
    if kwds.pop('errors', None) is not None:
        raise ValueError('errors must be None')
    if kwds.pop('bufsize', 0) != 0:
        raise ValueError('bufsize must be 0')


def _start(args, shell, stdin, stdout, stderr, kwds):
    import subprocess as _sp
    _check(kwds)
    kwds.pop('loop', None)
    popen = _sp.Popen(args, stdin=stdin, stdout=stdout, stderr=stderr, shell=shell, **kwds)
    return Process(popen, stdin, stdout, stderr)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=2 ** 16, **kwds):
    if kwds.get('shell'):
        raise ValueError('shell must be False')
    kwds.pop('shell', None)
    return _start([program] + list(args), False, stdin, stdout, stderr, kwds)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=2 ** 16, **kwds):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError('cmd must be a string')
    if kwds.pop('shell', True) is not True:
        raise ValueError('shell must be True')
    return _start(cmd, True, stdin, stdout, stderr, kwds)


# asyncio.subprocess is this module: the frozen asyncio package has no
# subprocess.py; its lazy-name table gives this attribute for it, and once
# that has loaded it, import asyncio.subprocess finds it too
subprocess = sys.modules[__name__]
sys.modules['asyncio.subprocess'] = subprocess
