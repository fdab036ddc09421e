"""sched: an event scheduler, as CPython's. scheduler(timefunc, delayfunc)
keeps events ordered by time, then priority, then the order they were
entered; run() sleeps (delayfunc) until each is due and calls its action.
Supported: scheduler, enter, enterabs, cancel, empty, run(blocking), queue,
Event (a named tuple: time, priority, sequence, action, argument, kwargs)."""
import heapq
import time
from collections import namedtuple
from itertools import count

__all__ = ['scheduler']

Event = namedtuple('Event', 'time priority sequence action argument kwargs')
_NO_KWARGS = object()  # enter()'s "no kwargs given": each event gets its own {}


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []  # a heap of Events
        self.timefunc, self.delayfunc = timefunc, delayfunc
        self._sequence = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        if kwargs is _NO_KWARGS:
            kwargs = {}
        event = Event(time, priority, next(self._sequence), action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        self._queue.remove(event)  # ValueError when it is not queued, as CPython
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        # Events entered by an action are run in the same call, in order.
        while self._queue:
            event = self._queue[0]
            now = self.timefunc()
            if event.time > now:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
                continue
            heapq.heappop(self._queue)
            event.action(*event.argument, **event.kwargs)
            self.delayfunc(0)  # let other threads run, as CPython's does
        return None

    @property
    def queue(self):
        return sorted(self._queue)
