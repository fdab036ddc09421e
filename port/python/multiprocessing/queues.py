"""multiprocessing.queues: Queue, JoinableQueue, SimpleQueue over queue.Queue,
so that a blocking get() lets the queued processes run until one puts
something (see threading). Items are not pickled: the getter receives the
object that was put."""
import queue
from queue import Empty, Full

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            from .synchronize import SEM_VALUE_MAX as maxsize
        self._maxsize = maxsize
        self._q = queue.Queue(maxsize)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError('Queue %r is closed' % (self,))

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._q.put(obj, block, None if timeout is None else max(timeout, 0))

    def get(self, block=True, timeout=None):
        self._check_closed()
        return self._q.get(block, None if timeout is None else max(timeout, 0))

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, 'Queue {0!r} not closed'.format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._q = queue.SimpleQueue()
        self._closed = False

    def put(self, obj):
        if self._closed:
            raise OSError('handle is closed')
        self._q.put(obj)

    def get(self):
        if self._closed:
            raise OSError('handle is closed')
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def close(self):
        self._closed = True
