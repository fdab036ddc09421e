"""selectors: CPython 3.11's selectors module for a sandbox with no sockets.

Here as on Linux: EVENT_READ and EVENT_WRITE, the SelectorKey namedtuple,
the abstract BaseSelector, SelectSelector, PollSelector, EpollSelector and
DefaultSelector (EpollSelector, as on Linux). The bookkeeping is
CPython's: register(), unregister(), modify(), get_key(), get_map() (a
read-only mapping from file objects to keys), close() and the context
manager, with the same errors and messages ("Invalid events: 0",
"<obj> is not registered", "<obj> (FD 3) is already registered",
"Invalid file object: ...", "Selector is closed"). Registering accepts an
int descriptor or anything with a fileno() method; EpollSelector, like
Linux's epoll, refuses a regular file or a directory (PermissionError,
EPERM).

What differs: pywasm runs under WASI with no sockets and no processes to
talk to, so there is nothing select() could wait for. The only things
that can be registered are files, the standard streams and pipes made by
os.pipe() inside the interpreter, and reads and writes on those never wait
(they complete or fail at once), which is what Linux's poll() reports for
regular files. So select() answers at once with every registered key, each
with the events it was registered for; with nothing registered it sleeps
for the timeout and returns [] (with no timeout it raises OSError, where
CPython would block forever). SelectSelector.select() raises
OSError(EBADF) for a descriptor that is not open, as select(2) does.

Not here: KqueueSelector and DevpollSelector (not on Linux either), and
the selector fileno() of EpollSelector (raises OSError: there is no epoll
descriptor)."""

import errno as _errno
import os as _os
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1
EVENT_WRITE = 2
_EVENT_MASK = EVENT_READ | EVENT_WRITE

_NO_WAIT = ('selectors: nothing is registered and nothing can become ready in pywasm '
            '(no sockets); select() with no timeout would block forever')

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


def _unknown(fileobj):
    return KeyError('{!r} is not registered'.format(fileobj))


def _fileobj_to_fd(fileobj):
    # asyncio and third-party loops call this private helper by name
    if not isinstance(fileobj, int):
        try:
            fileobj = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fileobj >= 0:
        return fileobj
    raise ValueError('Invalid file descriptor: {}'.format(fileobj))


class _SelectorMapping(Mapping):
    # a live, read-only view: get_map() must see later register() calls

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        owner = self._selector
        found = owner._fd_to_key.get(owner._fileobj_lookup(fileobj))
        if found is None:
            raise _unknown(fileobj)
        return found


class BaseSelector(metaclass=ABCMeta):
    # the abstract interface; _BaseSelectorImpl holds the real bookkeeping

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        # generic fallback for subclasses that only implement the abstract part
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def close(self):
        return None

    def get_key(self, fileobj):
        view = self.get_map()
        if view is None:
            raise RuntimeError('Selector is closed')
        if fileobj in view:
            return view[fileobj]
        raise _unknown(fileobj)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _BaseSelectorImpl(BaseSelector):

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # a file closed after registering has lost its descriptor;
            # the caller can still name it by the same object
            hits = [k.fd for k in self._fd_to_key.values() if k.fileobj is fileobj]
            if not hits:
                raise
            return hits[0]

    def _check_fd(self, fd):
        # hook: EpollSelector refuses some kinds of descriptor
        return None

    def register(self, fileobj, events, data=None):
        if events == 0 or events & ~_EVENT_MASK:
            raise ValueError('Invalid events: {!r}'.format(events))
        fd = self._fileobj_lookup(fileobj)
        if fd in self._fd_to_key:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, fd))
        self._check_fd(fd)
        entry = self._fd_to_key[fd] = SelectorKey(fileobj, fd, events, data)
        return entry

    def unregister(self, fileobj):
        entry = self._fd_to_key.pop(self._fileobj_lookup(fileobj), None)
        if entry is None:
            raise _unknown(fileobj)
        return entry

    def modify(self, fileobj, events, data=None):
        old = self._fd_to_key.get(self._fileobj_lookup(fileobj))
        if old is None:
            raise _unknown(fileobj)
        if events == old.events:
            # same events: keep the registration, only swap the data if it changed
            if data == old.data:
                return old
            fresh = old._replace(data=data)
            self._fd_to_key[old.fd] = fresh
            return fresh
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def get_map(self):
        return self._map

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)

    def _ready(self, timeout):
        # see the module docstring: nothing here can make a read or a write wait
        if self._fd_to_key:
            return [(k, k.events) for k in list(self._fd_to_key.values())]
        if timeout is None:
            raise OSError(_NO_WAIT)
        if timeout > 0:
            import time
            time.sleep(timeout)
        return []


class SelectSelector(_BaseSelectorImpl):

    def select(self, timeout=None):
        # select(2) fails as a whole on a descriptor that was closed meanwhile
        for fd in self._fd_to_key:
            try:
                _os.fstat(fd)
            except OSError:
                raise OSError(_errno.EBADF, 'Bad file descriptor') from None
        return self._ready(None if timeout is None else max(timeout, 0))


class _PollLikeSelector(_BaseSelectorImpl):

    def modify(self, fileobj, events, data=None):
        # poll and epoll change a registration in place (the kernel object
        # is modified, not re-added), so CPython skips the events check here
        old = self._fd_to_key.get(self._fileobj_lookup(fileobj))
        if old is None:
            raise _unknown(fileobj)
        if events == old.events and data == old.data:
            return old
        fresh = self._fd_to_key[old.fd] = old._replace(events=events, data=data)
        return fresh

    def select(self, timeout=None):
        return self._ready(None if timeout is None else max(timeout, 0))


class PollSelector(_PollLikeSelector):
    pass


class EpollSelector(_PollLikeSelector):

    def _check_fd(self, fd):
        import stat
        try:
            mode = _os.fstat(fd).st_mode
        except OSError:
            raise OSError(_errno.EBADF, 'Bad file descriptor') from None
        if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
            # epoll_ctl refuses what is always ready
            raise PermissionError(_errno.EPERM, 'Operation not permitted')

    def fileno(self):
        raise OSError('EpollSelector.fileno(): there is no epoll descriptor in pywasm')


DefaultSelector = EpollSelector
