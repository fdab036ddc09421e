"""The dictConfig() machinery of logging.config (imported from there, which
see): the Converting* containers, BaseConfigurator and DictConfigurator."""
import re
import logging
import logging.handlers
from logging.config import (valid_ident, _resolve, _clearExistingHandlers, _handle_existing_loggers,
                            _existing_children)


class ConvertingMixin:
    # Values read from a Converting* container go through its
    # configurator's convert(); a changed value is stored back (not into a
    # tuple), and a container made on the way remembers where it came from.
    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if value is not result and type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
            result.parent = self
        return result


# super() rather than dict.__getitem__(self, ...): MicroPython's unbound
# built-in methods refuse instances of subclasses.
class ConvertingDict(dict, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, super().__getitem__(key))

    def get(self, key, default=None):
        return self.convert_with_key(key, super().get(key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, super().pop(key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, super().__getitem__(key))

    def pop(self, idx=-1):
        return self.convert(super().pop(idx))


class ConvertingTuple(tuple, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, super().__getitem__(key), replace=False)


def _call_factory(factory, kwargs):
    # Handlers written for old Pythons call their stream argument 'strm':
    # when 'stream' is the keyword the factory rejected, retry with that.
    try:
        return factory(**kwargs)
    except TypeError as te:
        if "'stream'" not in str(te):
            raise
        kwargs['strm'] = kwargs.pop('stream')
        return factory(**kwargs)


def _wrap(cls, value, configurator):
    w = cls(value)
    w.configurator = configurator
    return w


class BaseConfigurator:
    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = _wrap(ConvertingDict, config, self)

    def resolve(self, s):
        parts = s.split('.')
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for p in parts:
                used += '.' + p
                try:
                    found = getattr(found, p)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, p)
            return found
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        # 'handlers.console[0].level': a first key, then .key or [index]
        # steps; an all-digit index is tried as an int first.
        m = self.WORD_PATTERN.match(value)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = value[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if not m:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                idx = m.group(1)
                if self.DIGIT_PATTERN.match(idx):
                    try:
                        d = d[int(idx)]
                    except TypeError:
                        d = d[idx]
                else:
                    d = d[idx]
            rest = rest[m.end():]
        return d

    def convert(self, value):
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            return _wrap(ConvertingDict, value, self)
        if isinstance(value, list) and not isinstance(value, ConvertingList):
            return _wrap(ConvertingList, value, self)
        if isinstance(value, tuple) and not isinstance(value, ConvertingTuple) and not hasattr(value, '_fields'):
            return _wrap(ConvertingTuple, value, self)
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                conv = self.value_converters.get(m.group('prefix'))
                if conv:
                    return getattr(self, conv)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        result = c(**kwargs)
        props = config.pop('.', None)
        if props:
            for k, v in props.items():
                setattr(result, k, v)
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        if config.pop('incremental', False):
            self._incremental(config)
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        # Sorted, for a fixed order; a MemoryHandler whose target comes
        # later in it is done again at the end.
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                self._handler(handlers, name)
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self._handler(handlers, name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        root = logging.root
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            _existing_children(existing, name, child_loggers)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _handler(self, handlers, name):
        h = self.configure_handler(handlers[name])
        h.name = name
        handlers[name] = h

    def _incremental(self, config):
        # Only levels change: of handlers made before, and of loggers.
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                # older factories (Django's) call the format 'fmt'
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        cls = _resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return cls(fmt, datefmt, style, config['validate'])
        return cls(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if not (callable(f) or callable(getattr(f, 'filter', None))):
                    f = self.config['filters'][f]
                filterer.addFilter(f)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        saved = dict(config.items())  # raw values, to retry a deferred one
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            H = logging.handlers
            if issubclass(factory, H.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        config.update(saved)
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            elif issubclass(factory, H.SMTPHandler) and 'mailhost' in config:
                config['mailhost'] = self.as_tuple(config['mailhost'])
            elif issubclass(factory, H.SysLogHandler) and 'address' in config:
                config['address'] = self.as_tuple(config['address'])
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        handler = _call_factory(factory, kwargs)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        extra = config.pop('.', None)
        if extra:
            for attr, value in extra.items():
                setattr(handler, attr, value)
        return handler

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                handler = self.config['handlers'][name]
                logger.addHandler(handler)
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return      # an incremental update only touches levels
        for old in list(logger.handlers):
            logger.removeHandler(old)
        for key, attach in (('handlers', self.add_handlers),
                            ('filters', self.add_filters)):
            wanted = config.get(key, None)
            if wanted:
                attach(logger, wanted)

    def configure_logger(self, name, config, incremental=False):
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        target.disabled = False     # a configured logger is enabled again
        flag = config.get('propagate', None)
        if flag is not None:
            target.propagate = flag

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)
