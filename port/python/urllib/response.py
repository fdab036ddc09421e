"""urllib.response: the file wrappers urllib hands out (addbase, addclosehook,
addinfo, addinfourl). Code mostly names them to test what it was given
(html5lib checks `isinstance(source, urllib.response.addbase)`), and wraps
a file with them to give it info()/geturl()/getcode() for urllib-style
callers. urlopen here returns the HTTPResponse itself, as CPython's does
for http(s) URLs."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like wrapper: reads, iteration and `with` go to the file
    given; closing closes it."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp  # the name CPython's tempfile wrapper base stores it under
        self.closed = False

    def __getattr__(self, name):
        # read, readline, readlines, fileno...: the wrapped file's own
        fp = self.__dict__.get('fp')
        if fp is None:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        return getattr(fp, name)

    def __iter__(self):
        return iter(self.fp)

    def __next__(self):
        return next(self.fp)

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if not self.closed:
            self.closed = True
            self.fp.close()

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.fp)


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            if hook is not None:
                # cleared first, so a hook that fails still runs only once
                self.closehook = None
                self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """Adds info(): the headers given."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Adds geturl() and getcode(), and the url/status attributes."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
