"""multiprocessing.process: BaseProcess, current_process, parent_process,
active_children. A started process is a queued threading.Thread (named
MainThread, as a child's own thread is) that runs the process's run() with
current_process() set to it; see the package docstring."""
import os
import sys
import itertools
import threading

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

_EXIT_NAMES = {-15: '-SIGTERM', -9: '-SIGKILL'}
_pids = itertools.count(os.getpid() + 1)  # made up: one interpreter, one real pid


def current_process():
    return _current


def parent_process():
    return _parent


def active_children():
    kids = _current._kids
    for p in list(kids):
        if p._exitcode is not None:
            kids.discard(p)
    return list(kids)


def _run_in(proc, parent, fn, *args):
    # Call fn with current_process() = proc and parent_process() = parent.
    global _current, _parent
    saved = _current, _parent
    _current, _parent = proc, parent
    try:
        return fn(*args)
    finally:
        _current, _parent = saved


def _unqueue(thread):
    # Take a started thread that has not run yet off threading's queue.
    if thread in threading._pending:
        threading._pending.remove(thread)
        threading._active.pop(thread._ident, None)
        thread._stopped = True


class BaseProcess:
    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._identity = _current._identity + (next(_current._counter),)
        self._counter = itertools.count(1)  # numbers this process's children
        self._kids = set()
        self._daemonic = _current._daemonic if daemon is None else daemon
        self._parent_pid, self._parent_name = _current.ident, _current._name
        self._pid = self._exitcode = self._thread = None
        self._closed = False
        self._target, self._args, self._kwargs = target, tuple(args), dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _begin(self):
        # What start() and the in-place workers of Pool and Manager share.
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert not _current._daemonic, 'daemonic processes are not allowed to have children'
        self._pid = next(_pids)
        _current._kids.add(self)

    def start(self):
        self._begin()
        self._thread = threading.Thread(target=self._bootstrap, name='MainThread', daemon=self._daemonic)
        self._thread.start()

    def _bootstrap(self):
        parent = _ParentProcess(self._parent_name, self._parent_pid)
        try:
            code = _run_in(self, parent, self._run_child)
        except SystemExit as e:
            if e.code is None or isinstance(e.code, int):
                code = e.code or 0
            else:
                sys.stderr.write(str(e.code) + '\n')
                code = 1
        except (KeyboardInterrupt, threading._Abandoned):
            raise  # Ctrl-C ends everything; an abandoned daemon stays alive
        except BaseException as e:
            import traceback
            sys.stderr.write('Process %s:\n' % self._name)
            traceback.print_exception(type(e), e, e.__traceback__)
            code = 1
        self._exitcode = code

    def _run_child(self):
        try:
            self.run()
        finally:
            # As a child's exit: it waits for its non-daemon children.
            for p in list(self._kids):
                if p._daemonic:
                    p.terminate()
                else:
                    p.join()
        return 0

    def _end(self, code):
        # terminate()/kill(): a queued process never runs; one that ran or
        # is running (further up the stack) cannot be stopped.
        self._check_closed()
        thread = self._thread
        if thread is not None:
            _unqueue(thread)
        if thread is None or thread._stopped:
            if self._pid is not None and self._exitcode is None:
                self._exitcode = code

    def terminate(self):
        self._end(-15)

    def kill(self):
        self._end(-9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _current.ident, 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        thread = self._thread
        if thread is not None:
            threading._wait('Process.join()', lambda: self._exitcode is not None, timeout)
        if self._exitcode is not None:
            _current._kids.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        return self._pid is not None and self._exitcode is None

    def close(self):
        if self._pid is not None and self._exitcode is None:
            raise ValueError('Cannot close a process while it is still running. '
                             'You should first call join() or terminate().')
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        # What connection.wait() takes: the process itself (no descriptors).
        self._check_closed()
        if self._pid is None:
            raise ValueError('process not started')
        return self

    def __repr__(self):
        code = None
        if self is _current:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != _current.ident:
            status = 'unknown'
        elif self._pid is None:
            status = 'initial'
        else:
            code = self._exitcode
            status = 'started' if code is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None and self._parent_pid is not None and self is not _current:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if code is not None:
            info.append('exitcode=%s' % _EXIT_NAMES.get(code, code))
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class _ParentProcess(BaseProcess):
    # The parent as its child sees it: alive for as long as the child runs.
    def __init__(self, name, pid):
        self._identity, self._name, self._pid, self._parent_pid = (), name, pid, None
        self._daemonic = self._closed = False
        self._exitcode = None

    def is_alive(self):
        return True

    def join(self, timeout=None):
        threading._wait('Process.join()', lambda: False, timeout)


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity, self._name, self._parent_pid = (), 'MainProcess', None
        self._counter = itertools.count(1)
        self._kids = set()
        self._pid = os.getpid()
        self._daemonic = self._closed = False
        self._exitcode = None

    def close(self):
        pass


_parent = None
_current = _MainProcess()
del _MainProcess
