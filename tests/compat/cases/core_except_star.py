# except* (PEP 654): clauses over bare exceptions and groups, partial matches,
# handlers that raise or re-raise, what the statement raises at its end (and
# its traceback), else/finally, nesting, odd layouts; CPython 3.11's results.
import asyncio
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        print('->', type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            print('   leaves', [repr(x) for x in e.exceptions])

def naked_match():
    try:
        raise ValueError(1)
    except* ValueError as eg:
        print('caught', repr(eg), type(eg).__name__)
show(naked_match)

def naked_nomatch():
    try:
        raise KeyError(1)
    except* ValueError as eg:
        print('no')
show(naked_nomatch)

def naked_reraise():
    try:
        raise ValueError(1)
    except* ValueError as eg:
        raise
show(naked_reraise)

def naked_raise_new():
    try:
        raise ValueError(1)
    except* ValueError as eg:
        raise RuntimeError('new')
show(naked_raise_new)

def group_partial():
    try:
        raise ExceptionGroup('msg', [ValueError(1), TypeError(2), ValueError(3), ExceptionGroup('in', [TypeError(4), KeyError(5)])])
    except* ValueError as eg:
        print('V', repr(eg))
    except* TypeError as eg:
        print('T', repr(eg))
show(group_partial)

def group_new_and_rest():
    try:
        raise ExceptionGroup('msg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as eg:
        raise RuntimeError('h1')
    except* TypeError as eg:
        raise
show(group_new_and_rest)

def group_two_new():
    try:
        raise ExceptionGroup('msg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError('h1')
    except* TypeError as eg:
        raise OSError('h2')
show(group_two_new)

def one_new_only():
    try:
        raise ExceptionGroup('msg', [ValueError(1)])
    except* ValueError as eg:
        raise RuntimeError('h1')
show(one_new_only)

def raise_eg_explicit():
    try:
        raise ExceptionGroup('msg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg
show(raise_eg_explicit)

def elsefin():
    for exc in (None, ValueError(5)):
        try:
            if exc: raise exc
            print('body ok')
        except* ValueError as eg:
            print('handler', repr(eg))
        else:
            print('else')
        finally:
            print('finally')
show(elsefin)


def catch_eg():
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
show(catch_eg)


def context():
    try:
        raise ExceptionGroup('m', [ValueError(1)])
    except* ValueError as eg:
        try:
            raise RuntimeError('x')
        except RuntimeError as r:
            print('ctx', repr(r.__context__))
show(context)

def base():
    try:
        raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as eg:
        print('V', repr(eg))
show(base)
def nested():
    try:
        try:
            raise ExceptionGroup('o', [ValueError(1), TypeError(2)])
        except* ValueError as a:
            try:
                raise ExceptionGroup('i', [KeyError(3)])
            except* KeyError as b:
                print('inner', repr(b), repr(a))
    except* TypeError as c:
        print('outer', repr(c))
show(nested)
eg = ExceptionGroup('m', [KeyError(1)])
a, b = eg.split(ValueError); print(a, b is eg)
a, b = eg.split(KeyError); print(a is eg, b)
eg2 = ExceptionGroup('m', [KeyError(1), ExceptionGroup('n', [KeyError(2)])])
a, b = eg2.split(KeyError); print(a is eg2, b)
try:
    try:
        raise eg
    except* ValueError:
        pass
except BaseException as e:
    print('same', e is eg)
try:
    try:
        raise eg2
    except* KeyError:
        raise
except BaseException as e:
    print('same2', e is eg2, repr(e))
try:
    try:
        raise ValueError
    except* 1:
        pass
except BaseException as e:
    print(repr(e))
try:
    try:
        raise ValueError
    except* (ValueError, ExceptionGroup):
        pass
except BaseException as e:
    print(repr(e))
print(repr(ExceptionGroup('m', (ValueError(1),))), ExceptionGroup('m', (ValueError(1),)).args)
def two_space():
  try:
    raise ExceptionGroup('g', [ValueError(1), ValueError(2)])
  except* ValueError as eg:
    print('two-space', len(eg.exceptions))
two_space()

def nested_in_handler():
    try:
        raise ExceptionGroup('o', [ValueError(1), TypeError(2)])
    except* ValueError as a:
        try:
            raise KeyError(3)
        except* KeyError as b:
            print('inner', repr(b))
        match a.exceptions:
            case [ValueError() as v]:
                print('matched', v)
    except* TypeError as c:
        print('outer', repr(c))
nested_in_handler()


x = 'kept'
try:
    pass
except* ValueError as x:
    pass
print(x)
try:
	raise ValueError('tab')
except* ValueError as t:
	print('tabs', repr(t))
async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as eg:
        print('caught', sorted(str(e) for e in eg.exceptions))
    try:
        raise KeyError('x')
    except* KeyError as e:
        print(repr(e))
    try:
        try:
            raise OSError(2, 'nope')
        except* ValueError:
            pass
    except OSError as e:
        print('naked passes through', e)
asyncio.run(main())
def inline():
    try:
        raise ValueError(3)
    except* ValueError as g: print('inline', repr(g))
    try:
        raise ExceptionGroup('x', [TypeError(1), ValueError(2)])
    except *(TypeError,
             KeyError) as g:  # multi-line clause
        print('multi', repr(g))
    except* ValueError:
        pass
inline()
import traceback, re
def show_tb(f):
    try:
        f()
    except BaseException:
        print(re.sub(r'File ".*?([^/"]+)"', r'File "\1"', traceback.format_exc()))
def partial():
    try:
        raise ExceptionGroup('top', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
show_tb(partial)
show_tb(group_new_and_rest)
show_tb(naked_raise_new)
def tuple_types():
    try:
        raise ExceptionGroup('m', [ValueError(1), TypeError(2), KeyError('k')])
    except* (ValueError, TypeError) as eg:
        print('VT', repr(eg))
    except* KeyError:
        print('K')
show(tuple_types)
show_tb(naked_reraise)
show_tb(one_new_only)
show_tb(raise_eg_explicit)
