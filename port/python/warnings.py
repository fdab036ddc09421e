"""warnings: warn (printed to stderr as CPython formats it, once per
location under the default filter), simplefilter/filterwarnings with the
actions error, ignore, always, default, once, module, resetwarnings,
catch_warnings (record=True), showwarning/formatwarning, warn_explicit."""
import sys
import _pywasm_compat

filters = []
_seen = set()
defaultaction = 'default'


class WarningMessage:
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
    try:
        (file or sys.stderr).write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def _match(pat, s, flags=0):
    import re
    return pat is None or re.match(pat, s, flags) is not None


def _action(category, text, module, lineno):
    import re
    for action, msg, cat, mod, ln in filters:
        # the message's pattern ignores case, the module's does not, as CPython
        # compiles them
        if (issubclass(category, cat) and _match(msg, text, re.I) and _match(mod, module) and
                (ln == 0 or ln == lineno)):
            return action
    # CPython's default filters: DeprecationWarning shown in __main__ only,
    # and PendingDeprecationWarning, ImportWarning, ResourceWarning never
    if issubclass(category, DeprecationWarning) and module == '__main__':
        return defaultaction
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return 'ignore'
    return defaultaction


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
        warn_explicit(message, category, 'sys', 1, 'sys')
        return
    warn_explicit(message, category, frame.f_code.co_filename, frame.f_lineno,
                  frame.f_globals.get('__name__', '<string>'))


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    text = str(message)
    if not isinstance(message, Warning):
        message = category(message)
    action = _action(category, text, module or '__main__', lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    key = (text, category, lineno) if action in ('default', 'module') else (text, category)
    if action != 'always':
        if action == 'once':
            key = (text, category)
        if key in _seen:
            return
        _seen.add(key)
    showwarning(message, category, filename, lineno)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _add((action, None, category, None, lineno), append)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _add((action, message or None, category, module or None, lineno), append)


def _add(f, append):
    if f[0] not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError('invalid action: %r' % (f[0],))
    if f in filters:
        filters.remove(f)
    if append:
        filters.append(f)
    else:
        filters.insert(0, f)
    _seen.clear()


def resetwarnings():
    filters[:] = []
    _seen.clear()


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._filter = action and (action, category, lineno, append)

    def __enter__(self):
        global showwarning
        self._saved = (filters[:], set(_seen), showwarning)
        if self._filter:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def rec(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = rec
            return log
        return None

    def __exit__(self, *exc):
        global showwarning
        f, s, showwarning = self._saved
        filters[:] = f
        _seen.clear()
        _seen.update(s)


# -W options and PYTHONWARNINGS (sys.warnoptions, patch 0094), as CPython
# reads them: action:message:category:module:lineno, every field optional,
# the action spelled out or by its first letters; an invalid one is reported
# and skipped. Each is added in front, so the last given wins.
_ACTIONS = ('default', 'always', 'ignore', 'module', 'once', 'error')


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
