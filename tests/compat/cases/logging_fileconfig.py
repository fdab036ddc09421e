"""logging.config.fileConfig: the INI format from a file name, a file
object and a ConfigParser; args= and kwargs= evaluated in the logging
namespace, defaults, disable_existing_loggers, MemoryHandler targets and
the errors for a missing, empty or malformed file."""
import configparser
import io
import logging
import logging.config
import os
import shutil
import sys
import tempfile

INI = """
[loggers]
keys=root,app,db

[handlers]
keys=console,brace,mem

[formatters]
keys=plain,braces

[logger_root]
level=WARNING
handlers=console

[logger_app]
level=DEBUG
handlers=brace
propagate=0
qualname=app

[logger_db]
level=%(dblevel)s
handlers=mem,console
propagate=0
qualname=app.db

[handler_console]
class=StreamHandler
level=NOTSET
formatter=plain
args=(sys.stdout,)

[handler_brace]
class=logging.StreamHandler
formatter=braces
args=()
kwargs={'stream': sys.stdout}

[handler_mem]
class=handlers.MemoryHandler
level=DEBUG
args=(2, ERROR)
target=console

[formatter_plain]
format=%(levelname)s:%(name)s:%(message)s

[formatter_braces]
format={levelname} [{name}] {message}
style={
"""

before = logging.getLogger('before')
inside = logging.getLogger('app.db.conn')
work = tempfile.mkdtemp(dir=os.getcwd())
try:
    path = os.path.join(work, 'logging.ini')
    with open(path, 'w') as f:
        f.write(INI)
    logging.config.fileConfig(path, defaults={'dblevel': 'INFO'})
    print('before disabled:', before.disabled, 'inside disabled:', inside.disabled)
    logging.getLogger('app').debug('app debug %s', 'x')
    db = logging.getLogger('app.db')
    print(db.level, db.propagate, [type(h).__name__ for h in db.handlers])
    db.debug('hidden at INFO')
    db.info('db one')
    print('-- buffered')
    db.info('db two fills it')
    db.info('db three')
    db.error('db error flushes')
    logging.getLogger('elsewhere').warning('to root')
    logging.getLogger('elsewhere').info('not shown')
    print(sorted(logging._handlers), logging._handlers['mem'].target is logging._handlers['console'])
    print(logging.root.level, logging.getLevelName(logging._handlers['mem'].level))

    # a file object, keeping the loggers that exist
    logging.config.fileConfig(io.StringIO("""
[loggers]
keys=root

[handlers]
keys=h

[formatters]
keys=

[logger_root]
level=INFO
handlers=h

[handler_h]
class=StreamHandler
args=(sys.stdout,)
"""), disable_existing_loggers=False)
    print('app disabled:', logging.getLogger('app').disabled, logging.getLogger('app').handlers)
    logging.getLogger('fresh').info('default formatter')

    # a ConfigParser built by the script
    cp = configparser.ConfigParser()
    cp.read_dict({'loggers': {'keys': 'root, svc'}, 'handlers': {'keys': 'out'}, 'formatters': {'keys': 'f'},
                  'logger_root': {'handlers': ''},
                  'logger_svc': {'handlers': 'out', 'qualname': 'svc', 'level': 'DEBUG'},
                  'handler_out': {'class': 'StreamHandler', 'args': '(sys.stdout,)', 'formatter': 'f'},
                  'formatter_f': {'format': '%%(name)s| %%(message)s', 'class': 'logging.Formatter'}})
    logging.config.fileConfig(cp)
    logging.getLogger('svc').debug('from a ConfigParser')
    print('app disabled now:', logging.getLogger('app').disabled, logging.root.handlers)

    # errors
    empty = os.path.join(work, 'empty.ini')
    open(empty, 'w').close()
    bad = os.path.join(work, 'bad.ini')
    with open(bad, 'w') as f:
        f.write('no section header\n')
    for name in (os.path.join(work, 'missing.ini'), empty, bad):
        try:
            logging.config.fileConfig(name)
        except Exception as e:
            print(type(e).__name__, str(e).replace(work, '<dir>').splitlines()[0])
    try:
        logging.config.fileConfig(io.StringIO('[loggers]\nkeys=root\n'))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        logging.config.fileConfig(io.StringIO('[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\n'
                                              'class=NoSuchHandlerClass\n'))
    except Exception as e:
        print(type(e).__name__, e)
finally:
    logging.shutdown()
    shutil.rmtree(work)
print(os.path.exists(work))
