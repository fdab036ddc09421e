"""BaseExceptionGroup and ExceptionGroup (PEP 654), which MicroPython lacks:
what asyncio.TaskGroup raises. Importing this module makes them built-in
names, as they are in CPython 3.11; `except*` is still a SyntaxError."""
import builtins


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


builtins.BaseExceptionGroup = BaseExceptionGroup
builtins.ExceptionGroup = ExceptionGroup
