"""warnings: warn (printed to stderr as CPython formats it, once per
location under the default filter), simplefilter/filterwarnings with the
actions error, ignore, always, default, once, module, resetwarnings,
catch_warnings (record=True), showwarning/formatwarning, warn_explicit."""
import sys
import _pywasm_compat

# CPython's default filters (a release build): DeprecationWarning shown in
# __main__ only, and PendingDeprecationWarning, ImportWarning and
# ResourceWarning never. A plain str as module matches exactly, as in
# CPython's own defaults; filterwarnings() stores compiled patterns.
filters = [('default', None, DeprecationWarning, '__main__', 0),
           ('ignore', None, DeprecationWarning, None, 0),
           ('ignore', None, PendingDeprecationWarning, None, 0),
           ('ignore', None, ImportWarning, None, 0),
           ('ignore', None, ResourceWarning, None, 0)]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1
_sys_registry = {}  # the registry of warnings attributed to "sys"


def _filters_mutated():
    # every registry (__warningregistry__) is stale after a filter change
    global _filters_version
    _filters_version += 1


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category, self.filename, self.lineno = message, category, filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return '{message : %r, category : %r, filename : %r, lineno : %s, line : %r}' % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


def formatwarning(message, category, filename, lineno, line=None):
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        import linecache
        line = linecache.getline(filename, lineno)
    line = line.strip()
    return text + '  %s\n' % line if line else text


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    # a formatwarning the program put in place is used, as in CPython
    try:
        fw = formatwarning
    except NameError:
        fw = _formatwarning_orig
    return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg_impl(msg):
    f = msg.file if msg.file is not None else sys.stderr
    if f is None:
        return
    try:
        f.write(_formatwarnmsg(msg))
    except OSError:
        pass


def _showwarnmsg(msg):
    # a showwarning the program (or logging.captureWarnings) put in place
    # is called with the fields, as CPython calls it
    try:
        sw = showwarning
    except NameError:
        sw = _showwarning_orig  # deleted: the message is written as usual
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    # the call stacklevel frames up from here (1: the caller of warn), as
    # CPython; past the outermost, "sys" line 1
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        warn_explicit(message, category, 'sys', 1, 'sys', _sys_registry)
        return
    g = frame.f_globals
    # the calling module's registry, where CPython keeps it
    registry = g.get('__warningregistry__')
    if registry is None:
        registry = g['__warningregistry__'] = {}
    warn_explicit(message, category, frame.f_code.co_filename, frame.f_lineno, g.get('__name__', '<string>'),
                  registry, g, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        # as CPython: named from the file (so the default filters ignore a
        # DeprecationWarning given no module)
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}  # none given: nothing remembered, as in CPython
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or (mod == module if isinstance(mod, str) else mod.match(module)))
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


_ACTIONS = ('default', 'always', 'ignore', 'module', 'once', 'error')


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_filter(action, lineno)
    _add((action, None, category, None, lineno), append)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check_filter(action, lineno)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    import re
    # patterns compiled once, as CPython keeps them in the filter
    _add((action, re.compile(message, re.I) if message else None, category,
          re.compile(module) if module else None, lineno), append)


def _check_filter(action, lineno):
    # CPython asserts these (AssertionError, even under -O here)
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')


def _add(item, append):
    if not append:
        # a filter given again moves to the front
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % (self._module,))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            # the original showwarning, so that the messages reach the log
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


# -W options and PYTHONWARNINGS (sys.warnoptions, patch 0094), as CPython
# reads them: action:message:category:module:lineno, every field optional,
# the action spelled out or by its first letters; an invalid one is reported
# and skipped. Each is added in front, so the last given wins.


class _BadOption(Exception):
    pass


def _option_action(text):
    if not text:
        return 'default'
    if text == 'all':
        return 'always'
    for action in _ACTIONS:
        if action.startswith(text):
            return action
    raise _BadOption('invalid action: %r' % (text,))


def _option_category(name):
    if not name:
        return Warning
    owner, _, attr = name.rpartition('.')
    try:
        if owner:
            found = getattr(__import__(owner, None, None, [attr]), attr)
        else:
            import builtins
            found = getattr(builtins, attr)
    except ImportError:
        raise _BadOption('invalid module name: %r' % (owner,))
    except AttributeError:
        raise _BadOption('unknown warning category: %r' % (name,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _BadOption('invalid warning category: %r' % (name,))
    return found


def _add_option(option):
    fields = [f.strip() for f in option.split(':')]
    if len(fields) > 5:
        raise _BadOption('too many fields (max 5): %r' % (option,))
    action, message, category, module, lineno = fields + [''] * (5 - len(fields))
    action = _option_action(action)
    category = _option_category(category)
    if lineno:
        try:
            lineno = int(lineno)
        except ValueError:
            lineno = -1
        if lineno < 0:
            raise _BadOption('invalid lineno %r' % (fields[4],))
    import re
    filterwarnings(action, re.escape(message), category, re.escape(module) + r'\Z' if module else '', lineno or 0)


for _option in getattr(sys, 'warnoptions', ()):
    try:
        _add_option(_option)
    except _BadOption as _e:
        sys.stderr.write('Invalid -W option ignored: %s\n' % (_e,))
