"""multiprocessing.connection: Pipe() and its Connection ends, in memory. A
blocking recv() or poll() lets the queued processes run until the other
end sends or closes (see threading); objects are passed, not pickled."""
from collections import deque
import threading

__all__ = ['Pipe', 'Connection', 'wait']


class Connection:
    def __init__(self, inbox, outbox, readable=True, writable=True):
        self._inbox, self._outbox = inbox, outbox
        self._readable, self._writable = readable, writable
        self._closed = False
        self._peer = None

    closed = property(lambda self: self._closed)
    readable = property(lambda self: self._readable)
    writable = property(lambda self: self._writable)

    def _check(self, ok, what):
        if self._closed:
            raise OSError('handle is closed')
        if not ok:
            raise OSError('connection is %s-only' % what)

    def send(self, obj):
        self._check(self._writable, 'read')
        self._outbox.append(obj)

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)
        if offset < 0 or (size is not None and size < 0):
            raise ValueError('offset is negative' if offset < 0 else 'size is negative')
        end = len(data) if size is None else offset + size
        if end > len(data):
            raise ValueError('buffer length < offset + size')
        self.send(data[offset:end])

    def _ready(self):
        return len(self._inbox) > 0 or self._peer is None or self._peer._closed

    def poll(self, timeout=0.0):
        self._check(self._readable, 'write')
        if timeout is None or timeout > 0:
            threading._wait('Connection.poll()', self._ready, timeout)
        return bool(self._ready())

    def recv(self):
        self._check(self._readable, 'write')
        threading._wait('Connection.recv()', self._ready)
        if not self._inbox:
            raise EOFError
        return self._inbox.popleft()

    def recv_bytes(self, maxlength=None):
        data = self.recv()
        if maxlength is not None and len(data) > maxlength:
            raise OSError('bad message length')
        return data

    def close(self):
        self._closed = True

    def fileno(self):
        self._check(True, '')
        raise OSError('pywasm has no file descriptor for a Pipe end')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    one, two = deque(), deque()
    if duplex:
        a, b = Connection(one, two), Connection(two, one)
    else:
        a, b = Connection(one, None, True, False), Connection(None, one, False, True)
    a._peer, b._peer = b, a
    return a, b


def wait(object_list, timeout=None):
    # Ready: connections with something to receive (or at their end),
    # processes that ended (a Process's sentinel is the Process here).
    def ready():
        return [o for o in object_list
                if (o._ready() if isinstance(o, Connection) else getattr(o, 'exitcode', None) is not None)]
    threading._wait('multiprocessing.connection.wait()', ready, timeout)
    return ready()
