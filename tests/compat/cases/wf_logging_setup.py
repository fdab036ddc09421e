# Logging as a workflow script sets it up: basicConfig, named loggers, handlers, levels, exceptions.
import io
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
log = logging.getLogger('release')
log.debug('hidden')
log.info('starting %s with %d items', 'build', 3)
log.warning('disk at %.1f%%', 93.456)
logging.info('root info')
logging.getLogger().setLevel(logging.WARNING)
log.info('now hidden')
log.error('boom: %r', {'a': 1})
print(log.getEffectiveLevel(), log.level, log.name, log.parent.name, logging.getLogger('release') is log)
log.setLevel(logging.DEBUG)
log.debug('now visible')
child = logging.getLogger('release.upload')
print(child.parent is log, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), logging.getLevelName(30), logging.getLevelName('ERROR'))
child.info('from child')
try:
    {}['missing']
except KeyError:
    out = io.StringIO()
    h = logging.StreamHandler(out)
    h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
    tmp = logging.getLogger('tmp')
    tmp.addHandler(h)
    tmp.propagate = False
    tmp.exception('with tb')
    text = out.getvalue()
    print(text.splitlines()[0], text.splitlines()[1], text.rstrip().splitlines()[-1])
try:
    raise RuntimeError('deploy failed')
except RuntimeError:
    log.exception('step failed')


buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setLevel(logging.WARNING)
handler.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s (%(module)s) %(message)s'))
svc = logging.getLogger('svc')
svc.addHandler(handler)
svc.setLevel(logging.DEBUG)
svc.propagate = False


def work():
    svc.info('ignored by handler level')
    svc.warning('retry %d/%d', 1, 3)
    svc.critical('giving up')


work()
print(buf.getvalue(), end='')
print(len(svc.handlers), svc.hasHandlers(), logging.getLogger('nohandlers.x').hasHandlers())


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR


buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.addFilter(OnlyErrors())
h2.setFormatter(logging.Formatter('%(name)s|%(levelno)s|%(message)s'))
flt = logging.getLogger('flt')
flt.addHandler(h2)
flt.propagate = False
flt.warning('no')
flt.error('yes %s', 'really')
flt.log(logging.CRITICAL, 'crit')
print(repr(buf2.getvalue()))
svc.removeHandler(handler)
print(len(svc.handlers), logging.WARNING, logging.WARN, logging.CRITICAL == logging.FATAL, logging.NOTSET)
adapter = logging.LoggerAdapter(log, {'run': 7})
adapter.info('via adapter')
logging.disable(logging.CRITICAL)
log.error('disabled')
logging.disable(logging.NOTSET)
log.warning('enabled again')
fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.LogRecord('n', logging.INFO, 'p.py', 10, 'msg %s', ('arg',), None)
print(rec.getMessage(), rec.levelname, rec.lineno, len(fmt.format(rec).split(' ')[0]))
logging.addLevelName(25, 'NOTICE')
log.log(25, 'custom level')
print(logging.getLevelName(25))
