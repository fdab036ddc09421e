"""logging: loggers in a dotted hierarchy with levels, propagation and
filters; Handler, StreamHandler, FileHandler, NullHandler; Formatter with
%-, {- and $-style formats (validated as CPython 3.11 does), datefmt,
converter and defaults; basicConfig; LoggerAdapter; disable; the
module-level helpers; lastResort output for WARNING and up. Records name
the call that logged them (pathname, filename, module, lineno, funcName;
stacklevel and stack_info), found with sys._getframe().

For logging.config and logging.handlers, as in CPython: handlers with a
name are kept in _handlers and every handler in _handlerList, which
shutdown() flushes and closes at exit (plain containers: there are no weak
references here, so a handler leaves both when it is closed); the loggers in
Logger.manager.loggerDict (no PlaceHolder entries for names between two
loggers). Locks are no-ops: threads never overlap (see threading)."""
import sys
import time
import _pywasm_compat

# this module's own file: findCaller skips its calls
_srcfile = sys._getframe(0).f_code.co_filename
# this package's directory: handleError's call stack starts outside it
_srcdir = _srcfile.rpartition('/')[0]

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0
_names = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET'}
_levels = {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}
_start = time.time()
raiseExceptions = True
_disable = 0
BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'


def getLevelName(level):
    if isinstance(level, int):
        return _names.get(level, 'Level %s' % level)
    return _levels.get(level, 'Level %s' % level)


def getLevelNamesMapping():
    return dict(_levels)


def addLevelName(level, name):
    _names[level] = name
    _levels[name] = level


def _acquireLock():
    pass


def _releaseLock():
    pass


def _check(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _levels:
            raise ValueError('Unknown level: %r' % level)
        return _levels[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


_checkLevel = _check


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kw):
        ct = time.time()
        self.name, self.msg, self.levelno, self.levelname = name, msg, level, getLevelName(level)
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.pathname = pathname
        self.filename = pathname.rsplit('/', 1)[-1]
        self.module = self.filename.rsplit('.', 1)[0]
        self.lineno, self.funcName, self.exc_info, self.exc_text, self.stack_info = lineno, func, exc_info, None, sinfo
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _start) * 1000
        self.thread, self.threadName, self.process, self.processName = None, 'MainThread', None, 'MainProcess'
        # no taskName: 3.12 added it, 3.11's records have none (python-json-logger lists them all)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


_factory = LogRecord


def setLogRecordFactory(f):
    global _factory
    _factory = f


def getLogRecordFactory():
    return _factory


def makeLogRecord(d):
    r = _factory(None, None, '', 0, '', (), None, None)
    r.__dict__.update(d)
    return r


class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    # re is imported on the first validation, not with logging
    _valid = r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        import re
        if not re.search(self._valid, self._fmt, re.I):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            d = dict(self._defaults)
            d.update(record.__dict__)
            return d
        return record.__dict__

    def format(self, record):
        # a field the record lacks is reported as ValueError, as in CPython
        try:
            text = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)
        return text

    def _format(self, record):
        return self._fmt % self._values(record)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        try:
            count = self._count_fields()
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if count == 0:
            raise ValueError('invalid format: no fields')

    def _count_fields(self):
        # Checks every replacement field of the format (a ValueError names
        # the first bad part) and returns how many name a value.
        import re
        from string import Formatter
        name_ok = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$').match
        spec_ok = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$',
                             re.I).match
        count = 0
        for _literal, name, spec, conv in Formatter().parse(self._fmt):
            if name:
                if not name_ok(name):
                    raise ValueError('invalid field name/expression: %r' % name)
                count += 1
            if conv and conv not in 'rsa':
                raise ValueError('invalid conversion: %r' % conv)
            if spec and not spec_ok(spec):
                raise ValueError('bad specifier: %r' % spec)
        return count


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or '${asctime}' in self._fmt

    def validate(self):
        import re
        fields = False
        # string.Template's pattern: $$, $name, ${name}, or a bad $
        for m in re.finditer(r'\$(?:(\$)|([_a-z][_a-z0-9]*)|{([_a-z][_a-z0-9]*)}|())', self._fmt, re.I):
            if m.group(2) or m.group(3):
                fields = True
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        from string import Template
        return Template(self._fmt).substitute(**self._values(record))


# each style's class and basicConfig's format for it, as CPython's table
# (python-json-logger reads it: _STYLES[style][0])
_STYLES = {'%': (PercentStyle, BASIC_FORMAT), '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'
    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate and fmt is not None:  # the default formats are valid
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        # converter is a plain function stored on the class, so it is looked
        # up there (or on the instance, where a script may have set it).
        conv = self.__dict__.get('converter') or type(self).converter
        t = conv(record.created)
        if datefmt:
            return time.strftime(datefmt, t)
        s = time.strftime(self.default_time_format, t)
        return self.default_msec_format % (s, record.msecs) if self.default_msec_format else s

    def formatException(self, ei):
        import traceback
        e = ei[1] if isinstance(ei, tuple) else ei
        s = ''.join(traceback.format_exception(e))
        return s[:-1] if s.endswith('\n') else s

    def formatStack(self, s):
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # kept on the record so that other handlers reuse the text
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _add_block(text, record.exc_text)
        if record.stack_info:
            text = _add_block(text, self.formatStack(record.stack_info))
        return text


def _add_block(text, block):
    # traceback and stack text start on a line of their own
    return text + block if text[-1:] == '\n' else text + '\n' + block


_defaultFormatter = Formatter()


class BufferingFormatter:
    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def format(self, records):
        return ''.join(self.linefmt.format(r) for r in records)


class Filter:
    def __init__(self, name=''):
        self.name = name

    def filter(self, record):
        n = self.name
        return not n or record.name == n or record.name.startswith(n + '.')


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, f):
        if f not in self.filters:
            self.filters.append(f)

    def removeFilter(self, f):
        if f in self.filters:
            self.filters.remove(f)

    def filter(self, record):
        for f in self.filters:
            r = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not r:
                return False
            if isinstance(r, LogRecord):
                record = r
        return record


_handlers = {}
_handlerList = []


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _check(level)
        self.formatter = None
        self._closed = False
        self.lock = None
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, n):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = n
        if n:
            _handlers[n] = self

    name = property(get_name, set_name)

    def setLevel(self, level):
        self.level = _check(level)

    def setFormatter(self, f):
        self.formatter = f

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        r = self.filter(record)
        if r:
            self.emit(r if isinstance(r, LogRecord) else record)
        return r

    def handleError(self, record):
        if raiseExceptions and sys.stderr:
            e = sys.exc_info()[1]
            sys.stderr.write('--- Logging error ---\n')
            sys.print_exception(e, sys.stderr)
            # As CPython: the logging call that failed, found by walking out
            # of this package's frames from the emit() that caught the error,
            # then the message and its arguments (a bad format is the usual
            # cause, and the script's own line is what the reader needs).
            sys.stderr.write('Call stack:\n')
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename.rpartition('/')[0] == _srcdir:
                frame = frame.f_back
            if frame is not None:
                import traceback
                traceback.print_stack(frame, file=sys.stderr)
            else:
                sys.stderr.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                sys.stderr.write('Unable to print the message and arguments - possible formatting error.\n'
                                 'Use the traceback above to help find the error.\n')

    def flush(self):
        pass

    def close(self):
        # CPython's lists hold weak references; ours would keep every
        # handler ever made, so a closed one leaves them here.
        self._closed = True
        if self._name and _handlers.get(self._name) is self:
            del _handlers[self._name]
        if self in _handlerList:
            _handlerList.remove(self)

    def acquire(self):
        pass

    def release(self):
        pass

    def createLock(self):
        pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        f = getattr(self.stream, 'flush', None)
        if f:
            f()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        old, self.stream = self.stream, stream
        return old

    def __repr__(self):
        n = getattr(self.stream, 'name', None)
        return '<%s %s(%s)>' % (type(self).__name__, '<stderr> ' if self.stream is sys.stderr else
                               ('<stdout> ' if self.stream is sys.stdout else (str(n) + ' ' if n else '')),
                               getLevelName(self.level))


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        import os
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode, self.encoding, self.errors, self.delay = mode, encoding, errors, delay
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        if 'b' in self.mode:
            return open(self.baseFilename, self.mode)
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        # Closed with mode 'w', it stays closed: reopening would truncate.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        try:
            if self.stream is not None:
                try:
                    self.flush()
                finally:
                    s, self.stream = self.stream, None
                    if hasattr(s, 'close'):
                        s.close()
        finally:
            StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class PlaceHolder:
    # CPython's stand-in for a name between two loggers; never made here,
    # kept for scripts that test for it in loggerDict.
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap[alogger] = None


class Logger(Filterer):
    manager = None

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _check(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _check(level)

    def getEffectiveLevel(self):
        l = self
        while l:
            if l.level:
                return l.level
            l = l.parent
        return NOTSET

    def isEnabledFor(self, level):
        if _disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        return getLogger(suffix if self is root else self.name + '.' + suffix)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        path, lineno, func, sinfo = self.findCaller(stack_info, stacklevel)
        r = _factory(self.name, level, path, lineno, msg, args, exc_info, func, sinfo)
        if extra:
            for k, v in extra.items():
                if k in ('message', 'asctime') or k in r.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % k)
                setattr(r, k, v)
        self.handle(r)

    def handle(self, record):
        if self.disabled:
            return
        r = self.filter(record)
        if r:
            self.callHandlers(r if isinstance(r, LogRecord) else record)

    def callHandlers(self, record):
        c, found = self, 0
        while c:
            for h in c.handlers:
                found += 1
                if record.levelno >= h.level:
                    h.handle(record)
            if not c.propagate:
                break
            c = c.parent
        if not found and lastResort and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg, *args, **kw):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kw)

    def info(self, msg, *args, **kw):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kw)

    def warning(self, msg, *args, **kw):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kw)

    warn = warning

    def error(self, msg, *args, **kw):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kw)

    def exception(self, msg, *args, exc_info=True, **kw):
        self.error(msg, *args, exc_info=exc_info, **kw)

    def critical(self, msg, *args, **kw):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kw)

    fatal = critical

    def log(self, level, msg, *args, **kw):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kw)

    def addHandler(self, h):
        if h not in self.handlers:
            self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def findCaller(self, stack_info=False, stacklevel=1):
        # The stacklevel-th call outside this module, counting from the one
        # that called the logging method (or the outermost, if fewer).
        frame = sys._getframe(1)
        while frame.f_back is not None and (frame.f_code.co_filename == _srcfile or stacklevel > 1):
            if frame.f_code.co_filename != _srcfile:
                stacklevel -= 1
            frame = frame.f_back
        sinfo = None
        if stack_info:
            import traceback
            sinfo = 'Stack (most recent call last):\n' + ''.join(traceback.format_stack(frame)).rstrip('\n')
        return frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, sinfo

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)


root = RootLogger(WARNING)
Logger.root = root
_loggers = {}
_loggerClass = Logger


class Manager:
    # What scripts reach through Logger.manager: the loggers by name.
    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = _loggers
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        return getLogger(name)

    def setLoggerClass(self, klass):
        setLoggerClass(klass)

    def setLogRecordFactory(self, factory):
        setLogRecordFactory(factory)


Logger.manager = Manager(root)


def setLoggerClass(cls):
    global _loggerClass
    _loggerClass = cls


def getLoggerClass():
    return _loggerClass


def getLogger(name=None):
    if not name or name == 'root' and False:
        return root
    if not isinstance(name, str):
        raise TypeError('A logger name must be a string')
    l = _loggers.get(name)
    if l is None:
        l = _loggers[name] = _loggerClass(name)
        _fixup(l)
    return l


def _fixup(l):
    # Parent: the nearest existing ancestor; re-parent existing children.
    name = l.name
    p = root
    i = name.rfind('.')
    while i > 0:
        a = _loggers.get(name[:i])
        if a is not None:
            p = a
            break
        i = name.rfind('.', 0, i)
    l.parent = p
    for n, c in _loggers.items():
        if n.startswith(name + '.') and c is not l:
            cp = c.parent
            if cp is p or (cp.name != name and not cp.name.startswith(name + '.')):
                if cp is p:
                    c.parent = l


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kw):
        kw['extra'] = self.extra
        return msg, kw

    def log(self, level, msg, *args, **kw):
        if self.isEnabledFor(level):
            msg, kw = self.process(msg, kw)
            self.logger.log(level, msg, *args, **kw)

    def debug(self, msg, *a, **k):
        self.log(DEBUG, msg, *a, **k)

    def info(self, msg, *a, **k):
        self.log(INFO, msg, *a, **k)

    def warning(self, msg, *a, **k):
        self.log(WARNING, msg, *a, **k)

    def error(self, msg, *a, **k):
        self.log(ERROR, msg, *a, **k)

    def exception(self, msg, *a, exc_info=True, **k):
        self.log(ERROR, msg, *a, exc_info=exc_info, **k)

    def critical(self, msg, *a, **k):
        self.log(CRITICAL, msg, *a, **k)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def name(self):
        return self.logger.name


def basicConfig(**kw):
    force = kw.pop('force', False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    handlers = kw.pop('handlers', None)
    stream = kw.pop('stream', None)
    filename = kw.pop('filename', None)
    mode = kw.pop('filemode', 'a')
    if handlers is not None and (stream or filename):
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if stream and filename:
        raise ValueError("'stream' and 'filename' should not be specified together")
    encoding, errors = kw.pop('encoding', None), kw.pop('errors', 'backslashreplace')
    if handlers is None:
        handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors) if filename
                    else StreamHandler(stream)]
    style = kw.pop('style', '%')
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    fmt = kw.pop('format', None) or _STYLES[style][1]
    f = Formatter(fmt, kw.pop('datefmt', None), style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(f)
        root.addHandler(h)
    level = kw.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kw:
        raise ValueError('Unrecognised argument(s): ' + ', '.join(kw))


def _root_call(name):
    def f(msg, *a, **k):
        if not root.handlers:
            basicConfig()
        getattr(root, name)(msg, *a, **k)
    return f


debug = _root_call('debug')
info = _root_call('info')
warning = _root_call('warning')
warn = warning
error = _root_call('error')
exception = _root_call('exception')
critical = _root_call('critical')
fatal = critical


def log(level, msg, *a, **k):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *a, **k)


def disable(level=CRITICAL):
    global _disable
    _disable = level


def shutdown(handlerList=_handlerList):
    # Newest first, as CPython; a handler that must not flush on close
    # (MemoryHandler(flushOnClose=False)) is only closed.
    for h in reversed(handlerList[:]):
        try:
            if getattr(h, 'flushOnClose', True):
                h.flush()
            h.close()
        except (OSError, ValueError):
            pass


def _atexit():
    # CPython's exit waits for the threads, then shuts logging down; here
    # threading's own exit function may come after ours, so run it first.
    t = sys.modules.get('threading')
    if t is not None and hasattr(t, '_shutdown'):
        t._shutdown()
    shutdown()


import atexit as _atexit_mod  # noqa: E402
_atexit_mod.register(_atexit)
del _atexit_mod


def captureWarnings(capture):
    import warnings
    if capture:
        def show(message, category, filename, lineno, file=None, line=None):
            getLogger('py.warnings').warning('%s', warnings.formatwarning(message, category, filename, lineno))
        warnings.showwarning = show
    else:
        warnings.showwarning = _showwarning0


try:
    import warnings as _w
    _showwarning0 = _w.showwarning
except ImportError:
    _showwarning0 = None

# PEP 585: LoggerAdapter[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(LoggerAdapter)
