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

_NO_WAIT = ('selectors: nothing is registered and nothing can become ready in pywasm '
            '(no sockets); select() with no timeout would block forever')


def _fileobj_to_fd(fileobj):
    """Return the descriptor of fileobj (an int, or an object with fileno()).

    Raises ValueError for an object without a usable fileno() or for a
    negative descriptor."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fd < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
try:
    SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""
except (AttributeError, TypeError):
    pass


class _SelectorMapping(Mapping):
    """Mapping of file objects to selector keys."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        sel = self._selector
        try:
            return sel._fd_to_key[sel._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """Selector abstract base class.

    A selector supports registering file objects to be monitored for
    specific I/O events, and select() answers which of them are ready."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Register a file object for events (EVENT_READ, EVENT_WRITE);
        returns its SelectorKey."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Unregister a file object; returns the key it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events or the data of a registered file object."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """Answer a list of (key, events) for the ready file objects."""
        raise NotImplementedError

    def close(self):
        """Close the selector."""
        pass

    def get_key(self, fileobj):
        """Return the key a file object is registered with."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        """Return a mapping of file objects to selector keys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping shared by the concrete selectors."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # a closed file has no descriptor any more: find it by identity
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError('Invalid events: {!r}'.format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, key.fd))
        self._check_fd(key.fd)
        self._fd_to_key[key.fd] = key
        return key

    def _check_fd(self, fd):
        pass

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)

    def _ready(self, timeout):
        # see the module docstring: nothing here can make a read or a write wait
        keys = list(self._fd_to_key.values())
        if not keys:
            if timeout is None:
                raise OSError(_NO_WAIT)
            if timeout > 0:
                import time
                time.sleep(timeout)
            return []
        return [(key, key.events) for key in keys]


class SelectSelector(_BaseSelectorImpl):
    """Selector over select(2)'s interface."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        for fd in self._fd_to_key:
            try:
                _os.fstat(fd)
            except OSError:
                raise OSError(_errno.EBADF, 'Bad file descriptor') from None
        return self._ready(timeout)


class _PollLikeSelector(_BaseSelectorImpl):
    """What poll and epoll selectors share."""

    def select(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        return self._ready(timeout)


class PollSelector(_PollLikeSelector):
    """Selector over poll(2)'s interface."""


class EpollSelector(_PollLikeSelector):
    """Selector over epoll's interface (Linux's default selector)."""

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
