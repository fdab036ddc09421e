# asyncio: loop exception handlers, what a failing callback passes them, default_exception_handler
import asyncio

seen = []


def handler(loop, context):
    exc = context.get('exception')
    # the message ends with the callback's place ("at file:line"), left out here
    seen.append((context['message'].split(' at ')[0], type(exc).__name__, str(exc), sorted(context)))


def boom(x):
    raise ValueError('bad callback %d' % x)


async def fails():
    raise KeyError('lost')


async def main():
    loop = asyncio.get_running_loop()
    print('default handler:', loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print('set:', loop.get_exception_handler() is handler)
    h = loop.call_soon(boom, 1)
    print(repr(h).split(' at ')[0])
    await asyncio.sleep(0.01)
    print(seen)
    loop.call_exception_handler({'message': 'custom', 'exception': OSError('disk')})
    print(seen[-1])
    loop.set_exception_handler(None)
    print('reset:', loop.get_exception_handler())

    # a handler that passes the rest on to the default one
    passed = []

    def chained(loop, context):
        passed.append(context['message'].split(' at ')[0])
        loop.default_exception_handler(context)
    loop.set_exception_handler(chained)
    loop.call_soon(boom, 2)
    await asyncio.sleep(0.01)
    print('passed on:', passed)
    loop.set_exception_handler(None)

    # signal handlers are accepted
    import signal
    loop.add_signal_handler(signal.SIGUSR1, lambda: None)
    print('removed:', loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    loop.set_debug(False)
    print('debug:', loop.get_debug())

asyncio.run(main())
