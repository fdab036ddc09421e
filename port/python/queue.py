"""queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.

pywasm has no threads (see threading: Thread.start() runs the target in
place), so a queue is a plain container shared by code that runs one piece
after another. Supported: qsize, empty, full, put/get with block and
timeout, put_nowait/get_nowait, task_done, join, maxsize, the queue
attribute, the _init/_qsize/_put/_get hooks for subclasses, and the mutex
and condition attributes (for code that takes q.mutex).

Differences: a wait that only another thread could end raises RuntimeError
instead of hanging ("Queue.get() would block forever: pywasm has no
threads, Thread.start() runs the target in place"): get() on an empty queue
and put() on a full bounded queue with block=True and no timeout, and join()
while tasks are not all done. With a timeout they sleep for it and then
raise Empty / Full as CPython does when it expires. The non-blocking forms
behave as in CPython."""
import heapq
import time
from collections import deque
from threading import Condition, Lock, _never


class Empty(Exception):
    pass


class Full(Exception):
    pass


def _timed_out(timeout, error):
    # Nothing else runs while we wait: the timeout is sure to expire.
    if timeout > 0:
        time.sleep(timeout)
    raise error


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
        if self.unfinished_tasks:
            _never('Queue.join()')

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
                if timeout is None:
                    _never(type(self).__name__ + '.put()')
                _timed_out(timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _never(type(self).__name__ + '.get()')
            _timed_out(timeout, Empty)
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
            if timeout is None:
                _never('SimpleQueue.get()')
            _timed_out(timeout, Empty)
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)
