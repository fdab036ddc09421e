"""The contents of CPython's asyncio submodules (asyncio.tasks,
asyncio.events, asyncio.subprocess, ...), which scripts import by name.

MicroPython's asyncio package keeps every name in the package itself (most
of them lazily, loaded from our _pywasm_asyncio* modules), so `import
asyncio.events` finds no file. A small file per submodule in the package
calls fill() to get its names from here: port/asyncio-parts/asyncio/,
which port/manifest-lib.py adds to the package.
"""

# each submodule's __all__ in CPython 3.11, less what pywasm lacks
_PARTS = {
    'base_events': 'BaseEventLoop',
    'coroutines': 'iscoroutinefunction iscoroutine',
    'events': 'AbstractEventLoopPolicy AbstractEventLoop Handle TimerHandle get_event_loop_policy '
              'set_event_loop_policy get_event_loop set_event_loop new_event_loop _set_running_loop '
              'get_running_loop _get_running_loop',
    'exceptions': 'BrokenBarrierError CancelledError InvalidStateError TimeoutError IncompleteReadError '
                  'LimitOverrunError SendfileNotAvailableError',
    'futures': 'Future wrap_future isfuture',
    'locks': 'Lock Event Condition Semaphore BoundedSemaphore Barrier',
    'protocols': 'BaseProtocol Protocol DatagramProtocol SubprocessProtocol BufferedProtocol',
    'queues': 'Queue PriorityQueue LifoQueue QueueFull QueueEmpty',
    'runners': 'Runner run',
    'streams': 'StreamReader StreamWriter open_connection start_server',
    'taskgroups': 'TaskGroup',
    'tasks': 'Task create_task FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED wait wait_for as_completed '
             'sleep gather shield ensure_future run_coroutine_threadsafe current_task all_tasks',
    'threads': 'to_thread',
    'timeouts': 'Timeout timeout timeout_at',
    'transports': 'BaseTransport ReadTransport WriteTransport Transport DatagramTransport SubprocessTransport',
    'unix_events': 'SelectorEventLoop DefaultEventLoopPolicy',
    'selector_events': '',
    'base_futures': '',
    'base_tasks': '',
}

_CONSTANTS = {
    'LOG_THRESHOLD_FOR_CONNLOST_WRITES': 5,
    'ACCEPT_RETRY_DELAY': 1,
    'DEBUG_STACK_DEPTH': 10,
    'SSL_HANDSHAKE_TIMEOUT': 60.0,
    'SSL_SHUTDOWN_TIMEOUT': 30.0,
    'FLOW_CONTROL_HIGH_WATER_SSL_READ': 256,
    'FLOW_CONTROL_HIGH_WATER_SSL_WRITE': 512,
    'THREAD_JOIN_TIMEOUT': 300,
}


def fill(namespace, modname):
    """Set the names of asyncio submodule modname (asyncio.tasks, ...) in
    namespace; returns its __all__."""
    part = modname.rpartition('.')[2]
    if part == 'subprocess':
        import _pywasm_asyncio_subprocess as sub
        for name in ('PIPE', 'STDOUT', 'DEVNULL', 'Process', 'create_subprocess_exec',
                     'create_subprocess_shell'):
            namespace[name] = getattr(sub, name)
        return ('create_subprocess_exec', 'create_subprocess_shell')
    if part == 'log':
        import logging
        namespace['logger'] = logging.getLogger('asyncio')
        return ()
    if part == 'constants':
        namespace.update(_CONSTANTS)
        return ()
    if part not in _PARTS:
        raise ImportError("No module named '%s'" % modname)
    import asyncio
    exported = []
    for name in _PARTS[part].split():
        namespace[name] = getattr(asyncio, name)
        exported.append(name)
    return tuple(exported)
