import logging, sys, io
logging.warning('unconfigured %s', 'warn')
logging.info('hidden')
log = logging.getLogger('app.sub')
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.debug('d %d', 1); log.info('i'); log.warning('w %(x)s', {'x': 5}); log.error('e'); log.critical('c')
print(s.getvalue(), end='')
print(log.getEffectiveLevel(), logging.getLogger('app').getEffectiveLevel(), log.parent.name, logging.getLogger('app.sub') is log, log.getChild('x').name, logging.getLogger().name)
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.info('root info'); logging.debug('no'); logging.getLogger('x.y').warning('child')
log.propagate = False
log.info('only to s')
try:
    {}['k']
except KeyError:
    logging.exception('failed')
f = logging.Formatter('{levelname} {message}', style='{')
h2 = logging.StreamHandler(sys.stdout); h2.setFormatter(f); lg = logging.getLogger('brace'); lg.addHandler(h2); lg.propagate = False
lg.warning('hello %s', 'there')
h3 = logging.StreamHandler(sys.stdout); h3.setFormatter(logging.Formatter('$levelname $message', style='$')); lg3 = logging.getLogger('dollar'); lg3.addHandler(h3); lg3.propagate = False; lg3.error('x')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(5), logging.WARNING, logging.root.level)
class F(logging.Filter):
    def filter(self, r): return 'keep' in r.getMessage()
h4 = logging.StreamHandler(sys.stdout); h4.addFilter(F()); lg4 = logging.getLogger('filt'); lg4.addHandler(h4); lg4.propagate = False
lg4.warning('drop me'); lg4.warning('keep me')
ad = logging.LoggerAdapter(logging.getLogger('ad'), {'user': 'u1'})
h5 = logging.StreamHandler(sys.stdout); h5.setFormatter(logging.Formatter('%(user)s %(message)s')); ad.logger.addHandler(h5); ad.logger.propagate = False
ad.warning('adapted')
logging.disable(logging.WARNING); logging.warning('disabled'); logging.error('shown'); logging.disable(logging.NOTSET)
r = logging.LogRecord('n', logging.INFO, '/p/x.py', 3, 'm %s', ('a',), None); print(r.getMessage(), r.levelname, r.filename, r.module)
ft = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y'); print(ft.format(r)[:4].isdigit(), len(logging.Formatter('%(asctime)s').format(r)))
