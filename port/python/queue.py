"""queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.

pywasm has no threads (see threading: a started thread runs when something
waits for it), so a queue is a plain container shared by code that runs one
piece after another. Supported: qsize, empty, full, put/get with block and
timeout, put_nowait/get_nowait, task_done, join, maxsize, the queue
attribute, the _init/_qsize/_put/_get hooks for subclasses, and the mutex
and condition attributes (for code that takes q.mutex).

A blocking get() on an empty queue, put() on a full bounded one and join()
while tasks are not all done let the started threads run until they can go
on: workers fed through a queue, producers and consumers work. When no
thread is left that could end the wait, it raises RuntimeError instead of
hanging ("Queue.get() would block forever: ..."); with a timeout it sleeps
for it and then raises Empty / Full as CPython does when it expires. The
non-blocking forms behave as in CPython."""
import heapq
from collections import deque
from threading import Condition, Lock, _wait


class Empty(Exception):
    pass


class Full(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = Lock()
        self.not_empty = Condition(self.mutex)
        self.not_full = Condition(self.mutex)
        self.all_tasks_done = Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        _wait('Queue.join()', lambda: not self.unfinished_tasks)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                if not _wait(type(self).__name__ + '.put()', lambda: self._qsize() < self.maxsize, timeout):
                    raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._qsize():
            if not block:
                raise Empty
            if not _wait(type(self).__name__ + '.get()', self._qsize, timeout):
                raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage, overridable as in CPython.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)  # never full: block and timeout do not matter

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._queue:
            if not block:
                raise Empty
            if not _wait('SimpleQueue.get()', lambda: self._queue, timeout):
                raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

# PEP 585: Queue[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(Queue, SimpleQueue)
