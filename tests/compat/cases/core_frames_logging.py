# sys._getframe() and what is built on it (patch 0056): logging records name
# the call that logged, warnings point at the caller, traceback shows the
# stack of running calls.
import logging
import os
import sys
import traceback
import warnings

sys.stderr = sys.stdout
HERE = os.path.basename(__file__)


def where(frame):
    return '%s:%s:%d' % (os.path.basename(frame.f_code.co_filename), frame.f_code.co_name, frame.f_lineno)


def inner():
    return [where(sys._getframe(depth)) for depth in range(3)]


def outer():
    return inner()


print(outer(), sys._getframe().f_back is None, sys._getframe(0).f_globals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)

logging.basicConfig(format='%(filename)s:%(lineno)d %(funcName)s %(module)s %(levelname)s %(message)s',
                    stream=sys.stdout)
log = logging.getLogger('app')


def work():
    log.warning('from work')
    logging.error('root error, %s', 'with args')


work()
log.warning('at top level')


def helper():
    log.warning('reported where helper was called', stacklevel=2)


def caller():
    helper()


caller()
logging.LoggerAdapter(log, {}).warning('through an adapter')
record = logging.LogRecord('x', logging.INFO, '/a/b/mod.py', 7, 'm', (), None, 'fn')
print(record.filename, record.module, record.lineno, record.funcName)


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)


warnings.simplefilter('always')
old_api()
warnings.warn('plain warning')
with warnings.catch_warnings(record=True) as caught:
    old_api()
print([(os.path.basename(w.filename), w.lineno, w.category.__name__) for w in caught])


def show_stack():
    stack = traceback.extract_stack()
    print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in stack[-2:]])
    print(''.join(traceback.format_stack(limit=1)).replace(__file__, HERE))


show_stack()
generator = (sys._getframe().f_code.co_name for _ in range(1))
print(next(generator))


class Config:
    defined_in = sys._getframe().f_code.co_name


print(Config.defined_in)
