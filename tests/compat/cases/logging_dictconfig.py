"""logging.config.dictConfig: formatters, filters, handlers, loggers, root,
ext:// and cfg:// values, factories, incremental, disable_existing_loggers
and the ValueError texts of a bad configuration."""
import io
import logging
import logging.config
import logging.handlers
import sys

old = logging.getLogger('old.module')
old_child = logging.getLogger('app.db.pool')  # child of a named logger: kept


class Upper(logging.Filter):
    def __init__(self, word):
        logging.Filter.__init__(self)
        self.word = word

    def filter(self, record):
        record.msg = str(record.msg).upper()
        return self.word not in record.getMessage()


class TagFormatter(logging.Formatter):
    def format(self, record):
        return '[tag] ' + logging.Formatter.format(self, record)


def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)


def make_stream_handler(stream, tag):
    h = logging.StreamHandler(stream)
    h.tag = tag
    return h


CONFIG = {
    'version': 1,
    'formatters': {
        'plain': {'format': '%(levelname)s %(name)s: %(message)s'},
        'brace': {'format': '{levelname:<8}|{name}|{message}', 'style': '{'},
        'dollar': {'format': '$levelname $message', 'style': '$'},
        'tagged': {'class': '__main__.TagFormatter', 'format': '%(message)s'},
        'custom': {'()': make_formatter, 'fmt': '%(message)s', 'prefix': '>> '},
        'dated': {'format': '%(asctime)s %(message)s', 'datefmt': '%Y'},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'upper': {'()': '__main__.Upper', 'word': 'SECRET'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'plain',
                'level': 'DEBUG'},
        'brace_out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brace',
                      'filters': ['only_app']},
        'dollar_out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'dollar',
                       'level': logging.WARNING},
        'tag_out': {'()': make_stream_handler, 'stream': 'ext://sys.stdout', 'tag': 'T1', 'formatter': 'tagged',
                    '.': {'extra_attr': 42}},
        'custom_out': {'class': 'logging.StreamHandler', 'stream': 'cfg://streams.main', 'formatter': 'custom',
                       'filters': ['upper']},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 3, 'flushLevel': 40,
                   'target': 'out'},
        'aa_buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10, 'target': 'tag_out'},
        'null': {'class': 'logging.NullHandler'},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['brace_out'], 'propagate': False},
        'app.db': {'level': 'INFO', 'handlers': ['out']},
        'tagged': {'handlers': ['tag_out'], 'propagate': False, 'level': 'INFO'},
        'custom': {'handlers': ['custom_out'], 'propagate': False, 'level': 'DEBUG'},
        'buffered': {'handlers': ['buffer'], 'propagate': False, 'level': 'DEBUG'},
        'quiet': {'handlers': ['null'], 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['dollar_out']},
    'streams': {'main': 'ext://sys.stdout', 'list': [1, 2, {'x': 'deep'}]},
}

logging.config.dictConfig(CONFIG)
print('old disabled:', old.disabled, 'child disabled:', old_child.disabled, old_child.level, old_child.propagate)
logging.getLogger('app').info('app info %d', 1)
logging.getLogger('app.db').info('db info')
logging.getLogger('app.db').debug('db debug hidden')
logging.getLogger('other').warning('root warning')
logging.getLogger('other').info('root info hidden')
logging.getLogger('tagged').info('tagged message')
logging.getLogger('custom').info('custom message')
logging.getLogger('custom').info('this is secret')
b = logging.getLogger('buffered')
b.info('b1')
b.info('b2')
print('-- buffered so far')
b.error('b3 flushes')
b.info('b4')
b.info('b5')
b.info('b6 capacity')
logging.getLogger('quiet').error('nothing')

h = logging._handlers['tag_out']
print(type(h).__name__, h.name, h.tag, h.extra_attr, h.level)
print(sorted(logging._handlers))
print(logging._handlers['out'].level, logging._handlers['dollar_out'].level, logging._handlers['brace_out'].level)
print(logging._handlers['buffer'].target is logging._handlers['out'], logging._handlers['buffer'].capacity)
print(logging._handlers['aa_buffer'].target is logging._handlers['tag_out'])
print(logging.getLogger('app').propagate, logging.getLogger('app.db').propagate, logging.root.level)
print([type(f).__name__ for f in logging._handlers['custom_out'].filters])

# the converting containers and the configurator's own methods
c = logging.config.DictConfigurator(CONFIG)
print(c.cfg_convert('streams.list[2].x'), c.cfg_convert('streams.list[0]'), c.cfg_convert('version'))
print(c.convert('ext://logging.INFO'), c.convert('cfg://streams.list[1]'), c.convert('plain text'))
print(c.ext_convert('sys.stdout') is sys.stdout, c.resolve('logging.handlers.MemoryHandler').__name__)
print(type(c.convert([1, 2])).__name__, type(c.convert((1,))).__name__, type(c.convert({})).__name__)
for bad in ('streams.list[9]', 'nosuch', '', 'streams!'):
    try:
        c.cfg_convert(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    c.resolve('nosuchmodule_xyz.thing')
except ValueError as e:
    print('ValueError', e, type(e.__cause__).__name__)
print(logging.config.valid_ident('ok_name'))
try:
    logging.config.valid_ident('not ok')
except ValueError as e:
    print(e)
print(logging.config.dictConfigClass is logging.config.DictConfigurator)

# incremental: only levels change
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'app.db': {'level': 'WARNING'}},
                           'root': {'level': 'ERROR'}})
print(logging._handlers['out'].level, logging.getLogger('app.db').level, logging.root.level,
      len(logging.root.handlers))
logging.getLogger('app.db').warning('db warning, handler at ERROR')
logging.getLogger('app.db').error('db error shown')

# the errors
BAD = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['nofilter']}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.handlers.MemoryHandler', 'capacity': 1, 'target': 'zz'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bogus': 1}}},
    {'version': 1, 'formatters': {'f': {'format': 'no fields here'}}},
    {'version': 1, 'formatters': {'f': {'format': '{x', 'style': '{'}}},
    {'version': 1, 'formatters': {'f': {'format': 'x', 'style': '?'}}},
    {'version': 1, 'formatters': {'f': {'()': 'nosuchmod_q.F'}}},
    {'version': 1, 'filters': {'f': {'()': 'logging.Filter', 'bad key': 1}}},
    {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
    {'version': 1, 'loggers': {'x': {'level': 'NOPE'}}},
    {'version': 1, 'root': {'handlers': ['missing']}},
    {'version': 1, 'incremental': True, 'handlers': {'never_made': {'level': 'INFO'}}},
]
for cfg in BAD:
    try:
        logging.config.dictConfig(cfg)
        print('no error')
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__ + ':', e)
        while cause is not None:
            # MicroPython names the method without its class in a call's
            # keyword errors: compare the text after the function's name
            text = str(cause)
            if 'unexpected keyword' in text:
                text = text[text.index('() got') + 2:]
            print('   <-', type(cause).__name__ + ':', text)
            cause = cause.__cause__

# validate=False lets a format without fields through
logging.config.dictConfig({
    'version': 1, 'disable_existing_loggers': False,
    'formatters': {'f': {'format': 'fixed text', 'validate': False}},
    'handlers': {'s': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f'}},
    'root': {'handlers': ['s'], 'level': 'INFO'},
})
logging.info('anything')
print('app disabled after keep:', logging.getLogger('app').disabled, logging.getLogger('old.module').disabled)
print(len(logging.getLogger('app').handlers), sorted(logging._handlers))

# a StringIO through cfg:// and a handler with a 'stream' given as 'strm'
buf = io.StringIO()


class OldHandler(logging.StreamHandler):
    def __init__(self, strm=None):
        logging.StreamHandler.__init__(self, strm)


logging.config.dictConfig({
    'version': 1,
    'objects': {'buf': buf},
    'handlers': {'old': {'()': OldHandler, 'stream': 'cfg://objects.buf'}},
    'loggers': {'x.y': {'handlers': ['old'], 'level': 'DEBUG', 'propagate': 0}},
})
logging.getLogger('x.y').debug('into the buffer')
print(repr(buf.getvalue()))
print('old logger now:', logging.getLogger('app').disabled, logging.getLogger('old.module').disabled)
