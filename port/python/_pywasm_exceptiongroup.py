"""BaseExceptionGroup and ExceptionGroup (PEP 654), which MicroPython lacks:
what asyncio.TaskGroup raises. Importing this module makes them built-in
names, as they are in CPython 3.11. _Star runs the except* clauses of a
try statement (rewritten by _pywasm_syntax_star). format_exception draws a traceback with a group in it as CPython does: the
interpreter's printer (port/exceptions.c) calls it for such exceptions."""
import builtins
import _pywasm


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions, *args):
        # a group of Exceptions only is an ExceptionGroup, which `except
        # Exception` catches, as CPython makes it
        if cls is BaseExceptionGroup and isinstance(exceptions, (list, tuple)) and exceptions \
                and all(isinstance(e, Exception) for e in exceptions):
            cls = ExceptionGroup
        return super().__new__(cls, message, exceptions)

    def __init__(self, message, exceptions):
        if not isinstance(message, str):
            raise TypeError('argument 1 must be str, not %s' % type(message).__name__)
        # args and repr() keep the sequence as given: a list, or a tuple
        exceptions_arg = exceptions if isinstance(exceptions, (list, tuple)) else list(exceptions)
        exceptions = tuple(exceptions_arg)
        if not exceptions:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        for e in exceptions:
            if not isinstance(e, BaseException):
                raise ValueError('Item %d of second argument (exceptions) is not an exception' % exceptions.index(e))
        super().__init__(message, exceptions_arg)
        self.message = message
        self.exceptions = exceptions

    def __str__(self):
        n = len(self.exceptions)
        return '%s (%d sub-exception%s)' % (self.message, n, '' if n == 1 else 's')

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.message, self.args[1])

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
        return (self._part(yes) if yes else None), (self._part(no) if no else None)

    def _part(self, excs):
        # a part of this group keeps its traceback and context, as in CPython
        part = self.derive(excs)
        _pywasm.set_traceback(part, self)
        if self.__context__ is not None:
            part.__context__ = self.__context__
        if self.__cause__ is not None:
            part.__cause__ = self.__cause__
        return part

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


class _Skip(Exception):
    # _Star.match's answer when its clause has nothing to handle
    pass


class _BadClause(Exception):
    # a TypeError of an except* clause's types, which ends the statement
    pass


class _Snapshot(BaseException):
    # holds a traceback for _Star.restore
    pass


class _Star:
    """One run of the except* clauses of a try statement, for the code
    _pywasm_syntax_star writes: match() gives each clause the part of the
    exception it handles (or raises _Skip), handled() takes what a
    handler raised, done() says what the statement raises at its end."""

    def __init__(self, exc):
        self.orig = exc
        self.rest = exc  # what no clause has matched yet
        self.current = None  # the part the running handler got
        self.bound = False
        self.raised = []  # [(exception, re-raised part?)]
        self.saved = {}  # id(exception to raise) -> (traceback, context)

    def match(self, types):
        _check_clause(types)
        rest, part = self.rest, None
        self.bound = False
        if isinstance(rest, BaseExceptionGroup):
            part, self.rest = rest.split(types)
        elif rest is not None and isinstance(rest, types):
            # a bare exception is handled as a group of one
            kind = ExceptionGroup if isinstance(rest, Exception) else BaseExceptionGroup
            part = kind('', (rest,))  # with no traceback of its own, as in CPython
            self.rest = None
        if part is None:
            raise _Skip
        self.bound = True
        self.current = part
        return part

    def handled(self, exc):
        if isinstance(exc, _Skip):
            return
        if isinstance(exc, _BadClause):
            raise exc.args[0]
        if exc is self.orig:
            # a bare `raise`: here that re-raises the whole exception, in
            # CPython the part the clause matched
            self.raised.append((self.current, True))
            return
        if exc.__context__ is self.orig:
            exc.__context__ = self.current
        self.raised.append((exc, False))
        self.keep(exc, exc)

    def keep(self, exc, traceback):
        snap = _Snapshot()
        _pywasm.set_traceback(snap, traceback)
        self.saved[id(exc)] = (snap, exc.__context__)

    def done(self):
        """What the statement raises: the exception it caught (re-raise it
        as it is), another exception, or None."""
        orig = self.orig
        if not isinstance(orig, BaseExceptionGroup):
            # a bare exception: at most one clause handled it
            if self.raised:
                exc = self.raised[0][0]
                if self.raised[0][1]:
                    self.keep(exc, None)  # the group of one has no traceback
                return exc
            return orig if self.rest is not None else None
        new = [e for e, again in self.raised if not again]
        leaves = set()
        for e, again in self.raised:
            if again:
                _leaves(e, leaves)
        if self.rest is not None:
            _leaves(self.rest, leaves)
        kept = None
        if leaves:
            kept = orig.split(lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in leaves)[0]
            self.keep(kept, orig)
        if not new:
            return kept
        if kept is not None:
            new.append(kept)
        if len(new) == 1:
            return new[0]
        combined = group('', new)
        self.saved[id(combined)] = (None, None)
        return combined

    def restore(self, exc):
        # exc was raised again at the end of the statement: give it back
        # the traceback and context it had
        snap, context = self.saved.get(id(exc), (None, None))
        _pywasm.set_traceback(exc, snap)
        exc.__context__ = context


def _check_clause(types):
    for t in (types if isinstance(types, tuple) else (types,)):
        if not isinstance(t, type) or not issubclass(t, BaseException):
            raise _BadClause(TypeError('catching classes that do not inherit from BaseException is not allowed'))
        if issubclass(t, BaseExceptionGroup):
            raise _BadClause(TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.'))


def _leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, into)
    else:
        into.add(id(exc))


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


def _class_getitem(cls, item):
    # ExceptionGroup[ValueError] is a types.GenericAlias, as in CPython
    # (pytest subclasses AbstractRaises[BaseExceptionGroup[...]])
    from types import GenericAlias
    return GenericAlias(cls, item)


BaseExceptionGroup.__class_getitem__ = ExceptionGroup.__class_getitem__ = _class_getitem
del _class_getitem
