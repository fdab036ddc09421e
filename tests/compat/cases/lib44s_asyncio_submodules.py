# asyncio's submodules imported by name, as CPython scripts do.
import asyncio.subprocess
import asyncio.events
import asyncio.exceptions
from asyncio import events, tasks, futures
from asyncio.exceptions import CancelledError, InvalidStateError, TimeoutError as ATE
from asyncio.tasks import Task, gather, wait_for
from asyncio.futures import Future, isfuture
from asyncio.locks import Lock, Event, Semaphore
from asyncio.queues import Queue, QueueEmpty
from asyncio.runners import run, Runner
from asyncio.coroutines import iscoroutinefunction
from asyncio.protocols import Protocol
from asyncio.transports import Transport
from asyncio.streams import StreamReader
from asyncio.timeouts import timeout
from asyncio.taskgroups import TaskGroup
from asyncio.base_events import BaseEventLoop
from asyncio.log import logger
import asyncio.constants as constants

print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
print(asyncio.subprocess.Process.__name__, sorted(asyncio.subprocess.__all__))
print(asyncio.events.AbstractEventLoop is asyncio.AbstractEventLoop, events is asyncio.events)
print(CancelledError is asyncio.CancelledError, InvalidStateError is asyncio.InvalidStateError, ATE is TimeoutError)
print(Task is asyncio.Task, gather is asyncio.gather, wait_for is asyncio.wait_for, Future is asyncio.Future)
print(Lock is asyncio.Lock, Event is asyncio.Event, Queue is asyncio.Queue, run is asyncio.run)
print(timeout is asyncio.timeout, TaskGroup is asyncio.TaskGroup, Protocol is asyncio.Protocol)
print(sorted(n for n in tasks.__all__ if n[0] != '_'), futures.__all__)
print(logger.name, constants.DEBUG_STACK_DEPTH)
print(iscoroutinefunction(run), isfuture(Future))


async def main():
    async with TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0, 'ok'))
    print(t.result())
    try:
        await wait_for(asyncio.sleep(1), 0.01)
    except ATE:
        print('wait_for timed out')


asyncio.run(main())
