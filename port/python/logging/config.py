"""logging.config: dictConfig() and fileConfig() as in CPython 3.11.

dictConfig takes the whole version-1 schema: formatters (format, datefmt,
style, validate, class, '()' factories; 'defaults' is ignored, as 3.11
ignores it), filters (name, '()'), handlers (class by dotted name, level,
formatter, filters, other keys as keyword arguments, '()' factories, '.'
properties, MemoryHandler's target by name), loggers and root (level,
propagate, handlers, filters), incremental and disable_existing_loggers.
Values 'ext://dotted.name' and 'cfg://path.to[0]' are resolved when read,
through the Converting* containers as in CPython, and failures raise
CPython's ValueError texts ("Unable to configure handler 'x'") chained from
their cause. fileConfig reads the INI format from a path, a file or a
ConfigParser; handler args= and kwargs= are evaluated in the logging
module's namespace, as CPython does.

listen() needs a socket server: NotImplementedError; stopListening() so
has nothing to stop and returns, as CPython's does when not listening."""
import re
import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104  # errno.ECONNRESET

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    # A dotted name to an object, importing modules along the way.
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for p in parts:
        used += '.' + p
        try:
            found = getattr(found, p)
        except AttributeError:
            __import__(used)
            found = getattr(found, p)
    return found


def _names(text):
    return [n.strip() for n in text.split(',')]


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    # Loggers the new configuration does not name: children of named ones
    # are reset to pass everything up; the others are disabled or not.
    for name in existing:
        logger = logging.root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _existing_children(existing, name, child_loggers):
    # Take name out of the existing names and note its descendants. CPython
    # has a PlaceHolder for each name above a logger, so there a name with
    # descendants is always "existing"; here it may not be a logger yet.
    prefix = name + '.'
    for other in existing:
        if other.startswith(prefix):
            child_loggers.append(other)
    if name in existing:
        existing.remove(name)


# ---- fileConfig

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    import os
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError("%s doesn't exist" % fname)
        if not os.path.getsize(fname):
            raise RuntimeError('%s is an empty file' % fname)
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError('%s is invalid: %s' % (fname, e))
    formatters = _create_formatters(cp)
    _clearExistingHandlers()
    handlers = _install_handlers(cp, formatters)
    _install_loggers(cp, handlers, disable_existing_loggers)


def _create_formatters(cp):
    keys = cp['formatters']['keys']
    if not keys:
        return {}
    out = {}
    for name in _names(keys):
        sect = 'formatter_' + name
        fmt = cp.get(sect, 'format', raw=True, fallback=None)
        datefmt = cp.get(sect, 'datefmt', raw=True, fallback=None)
        style = cp.get(sect, 'style', raw=True, fallback='%')
        cname = cp[sect].get('class')
        cls = _resolve(cname) if cname else logging.Formatter
        out[name] = cls(fmt, datefmt, style)
    return out


def _install_handlers(cp, formatters):
    keys = cp['handlers']['keys']
    if not keys:
        return {}
    ns = vars(logging)
    handlers = {}
    targets = []  # MemoryHandler targets, set once every handler exists
    for name in _names(keys):
        sect = cp['handler_' + name]
        cname = sect['class']
        try:
            cls = eval(cname, ns)
        except (AttributeError, NameError):
            cls = _resolve(cname)
        args = eval(sect.get('args', '()'), ns)
        kwargs = eval(sect.get('kwargs', '{}'), ns)
        h = cls(*args, **kwargs)
        h.name = name
        if 'level' in sect:
            h.setLevel(sect['level'])
        fmt = sect.get('formatter', '')
        if fmt:
            h.setFormatter(formatters[fmt])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = sect.get('target', '')
            if target:
                targets.append((h, target))
        handlers[name] = h
    for h, target in targets:
        h.setTarget(handlers[target])
    return handlers


def _install_loggers(cp, handlers, disable_existing):
    names = _names(cp['loggers']['keys'])
    names.remove('root')
    sect = cp['logger_root']
    root = logging.root
    if 'level' in sect:
        root.setLevel(sect['level'])
    for h in root.handlers[:]:
        root.removeHandler(h)
    if sect['handlers']:
        for h in _names(sect['handlers']):
            root.addHandler(handlers[h])
    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for name in names:
        sect = cp['logger_' + name]
        qn = sect['qualname']
        propagate = sect.getint('propagate', fallback=1)
        logger = logging.getLogger(qn)
        _existing_children(existing, qn, child_loggers)
        if 'level' in sect:
            logger.setLevel(sect['level'])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        if sect['handlers']:
            for h in _names(sect['handlers']):
                logger.addHandler(handlers[h])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# ---- dictConfig

from logging._dictconfig import (  # noqa: E402
    ConvertingMixin, ConvertingDict, ConvertingList, ConvertingTuple, BaseConfigurator, DictConfigurator)

dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(config).configure()


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError('logging.config.listen: the pywasm sandbox has no sockets')


def stopListening():
    # Nothing can be listening (listen() refuses), so, as CPython with no
    # listener, there is nothing to stop.
    pass
