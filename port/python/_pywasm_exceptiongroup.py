"""BaseExceptionGroup and ExceptionGroup (PEP 654), which MicroPython lacks:
what asyncio.TaskGroup raises. Importing this module makes them built-in
names, as they are in CPython 3.11; `except*` is still a SyntaxError.
format_exception draws a traceback with a group in it as CPython does: the
interpreter's printer (port/exceptions.c) calls it for such exceptions."""
import builtins
import _pywasm


class BaseExceptionGroup(BaseException):
    def __init__(self, message, exceptions):
        if not isinstance(message, str):
            raise TypeError('argument 1 must be str, not %s' % type(message).__name__)
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        for e in exceptions:
            if not isinstance(e, BaseException):
                raise ValueError('Item %d of second argument (exceptions) is not an exception' % exceptions.index(e))
        super().__init__(message, list(exceptions))
        self.message = message
        self.exceptions = exceptions

    def __str__(self):
        n = len(self.exceptions)
        return '%s (%d sub-exception%s)' % (self.message, n, '' if n == 1 else 's')

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.message, list(self.exceptions))

    def derive(self, excs):
        return group(self.message, excs)

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        yes, no = [], []
        for e in self.exceptions:
            if isinstance(e, BaseExceptionGroup):
                a, b = e.split(match)
                if a is not None:
                    yes.append(a)
                if b is not None:
                    no.append(b)
            elif match(e):
                yes.append(e)
            else:
                no.append(e)
        return (self.derive(yes) if yes else None), (self.derive(no) if no else None)

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)
        for e in self.exceptions:
            if not isinstance(e, Exception):
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')


def _matcher(condition):
    if isinstance(condition, type) or isinstance(condition, tuple):
        return lambda e: isinstance(e, condition)
    return condition


def group(message, exceptions):
    """The group CPython's BaseExceptionGroup(message, exceptions) makes:
    an ExceptionGroup when every exception is an Exception."""
    exceptions = list(exceptions)
    if all(isinstance(e, Exception) for e in exceptions):
        return ExceptionGroup(message, exceptions)
    return BaseExceptionGroup(message, exceptions)


# ---- the traceback of a chain with groups in it, as CPython's traceback
# module formats it: each group's own traceback under a "+" margin, then
# each of its exceptions (at most 15, groups at most 10 deep) in a numbered
# branch, indented two spaces a level with a "|" margin

_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'
_MAX_WIDTH = 15
_MAX_DEPTH = 10


class _Tree:
    def __init__(self):
        self.out = []
        self.depth = 0
        self.need_close = False
        self.seen = set()

    def emit(self, text, margin='|'):
        prefix = ' ' * (2 * self.depth) + (margin + ' ' if self.depth else '')
        for line in text.splitlines(True):
            self.out.append(prefix + line)

    def rule(self, text):
        self.out.append(' ' * (2 * self.depth) + text)


def _chain(exc, seen):
    # (the words that join it to the one before, exception), from the first
    # cause or context on; an exception already shown ends the chain
    links = []
    while exc is not None:
        seen.add(id(exc))
        if exc.__cause__ is not None:
            words, before = _CAUSE, exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            words, before = _CONTEXT, exc.__context__
        else:
            words, before = None, None
        if before is not None and id(before) in seen:
            words, before = None, None
        links.append((words, exc))
        exc = before
    links.reverse()
    return links


def _format(exc, tree):
    for words, e in _chain(exc, tree.seen):
        if words:
            tree.emit(words)
        if not isinstance(e, BaseExceptionGroup):
            tree.emit(_pywasm.format_one_exception(e))
        elif tree.depth > _MAX_DEPTH:
            tree.emit('... (max_group_depth is %d)\n' % _MAX_DEPTH)
        else:
            _format_group(e, tree)


def _format_group(group, tree):
    top = tree.depth == 0
    if top:
        tree.depth = 1
    text = _pywasm.format_one_exception(group)
    header = 'Traceback (most recent call last):\n'
    if text.startswith(header):
        tree.emit('Exception Group ' + header, '+' if top else '|')
        text = text[len(header):]
    tree.emit(text)
    n = len(group.exceptions)
    shown = min(n, _MAX_WIDTH + 1)
    tree.need_close = False
    for i in range(shown):
        last = i == shown - 1
        if last:
            tree.need_close = True  # unless a nested group closes it first
        more = i >= _MAX_WIDTH
        tree.rule('%s+---------------- %s ----------------\n' % ('+-' if i == 0 else '  ', '...' if more else i + 1))
        tree.depth += 1
        if more:
            left = n - _MAX_WIDTH
            tree.emit('and %d more exception%s\n' % (left, 's' if left > 1 else ''))
        else:
            _format(group.exceptions[i], tree)
        if last and tree.need_close:
            tree.rule('+------------------------------------\n')
            tree.need_close = False
        tree.depth -= 1
    if top:
        tree.depth = 0


def format_exception(exc):
    tree = _Tree()
    _format(exc, tree)
    return ''.join(tree.out)


# built-in names, printed without a module as CPython prints them
BaseExceptionGroup.__module__ = ExceptionGroup.__module__ = 'builtins'
builtins.BaseExceptionGroup = BaseExceptionGroup
builtins.ExceptionGroup = ExceptionGroup
