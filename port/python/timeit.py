"""timeit: Timer (timeit, repeat, autorange, print_exc), the timeit() and
repeat() shortcuts, default_timer (time.perf_counter) and main(), the
command line of `python -m timeit` (-n -r -s -u -p -v -h; its help text is
our own). As in CPython the statement and setup may be source strings or
callables; strings are compiled into a timing function with exec.
Differences: with globals=None the code runs in a fresh namespace, where
CPython uses the timeit module's own; garbage collection is switched off
while timing as in CPython."""

import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The timing function: {setup} and {stmt} are indented into it, {init}
# adds keyword parameters carrying callables.
_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indent(src, n):
    return src.replace('\n', '\n' + ' ' * n)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # syntax errors are reported against the code as given
            compile(setup, dummy_src_name, 'exec')
            prefix = setup + '\n'
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            prefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, 'exec')
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        exec(compile(src, dummy_src_name, 'exec'), global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Print the exception being handled, with lines of the timed
        source when the traceback points into it."""
        import linecache
        import traceback
        if self.src is not None:
            # pywasm's linecache keeps plain lists of lines
            linecache.cache[dummy_src_name] = [line + '\n' for line in self.src.split('\n')]
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(range(number), self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Loop counts 1, 2, 5, 10, 20, 50, ... until one takes at least
        0.2 seconds; returns (number, time taken)."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = (('sec', 1.0), ('msec', 1e-3), ('usec', 1e-6), ('nsec', 1e-9))
_HELP = """Usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

Time a Python statement (the arguments, one line each; default 'pass').
  -n/--number N   how many times to run the statement (default: grow until
                  the total reaches 0.2 seconds)
  -r/--repeat N   how many times to repeat the timing (default 5)
  -s/--setup S    statement run once before timing (may be repeated)
  -p/--process    measure process time, not wall-clock time
  -u/--unit U     print in this unit: nsec, usec, msec or sec
  -v/--verbose    print the raw timings; repeat for more digits
  -h/--help       print this message and exit
"""


def main(args=None, _wrap_timer=None):
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, 'n:u:s:r:tcpvh',
                                   ['number=', 'setup=', 'repeat=', 'time', 'clock',
                                    'process', 'verbose', 'unit=', 'help'])
    except getopt.error as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for o, a in opts:
        if o in ('-n', '--number'):
            number = int(a)
        elif o in ('-s', '--setup'):
            setup.append(a)
        elif o in ('-u', '--unit'):
            if a not in dict(_UNITS):
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            unit = a
        elif o in ('-r', '--repeat'):
            repeat = max(int(a), 1)
        elif o in ('-p', '--process'):
            timer = time.process_time
        elif o in ('-v', '--verbose'):
            if verbose:
                precision += 1
            verbose += 1
        elif o in ('-h', '--help'):
            print(_HELP, end=' ')
            return 0
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, '\n'.join(setup) or 'pass', timer)

    def fmt(dt):
        if unit is not None:
            name, scale = unit, dict(_UNITS)[unit]
        else:
            for name, scale in _UNITS:
                if dt >= scale:
                    break
        return ('%.' + str(precision) + 'g %s') % (dt / scale, name)

    if number == 0:
        def report(n, taken):
            print('%d loop%s -> %s secs' % (n, 's' if n != 1 else '',
                                            ('%.' + str(precision) + 'g') % taken))
        try:
            number, _ = t.autorange(report if verbose else None)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1
    if verbose:
        print('raw times: %s' % ', '.join(fmt(dt) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    print('%d loop%s, best of %d: %s per loop' % (number, 's' if number != 1 else '',
                                                  repeat, fmt(best)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (fmt(worst), fmt(best)), UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
