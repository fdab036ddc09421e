"""urllib.error: URLError, HTTPError and ContentTooShortError.

HTTPError is also the response that caused it, as in CPython: read() and
the other reads, headers, status, geturl() and info() work on it (it holds
the answer's body; urllib.request gives it the whole response)."""


class URLError(OSError):
    def __init__(self, reason, filename=None):
        super().__init__(reason)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % (self.reason,)


class _Empty:
    # The body of an HTTPError made without one (fp=None).
    def read(self, amt=None):
        return b''

    def readline(self, limit=-1):
        return b''

    def readlines(self, hint=-1):
        return []

    def close(self):
        pass


class HTTPError(URLError):
    def __init__(self, url, code, msg, hdrs, fp):
        # MicroPython prints an uncaught exception from its args, not its
        # __str__: these args make the traceback's last line read as
        # CPython's ("HTTPError: HTTP Error 404: Not Found").
        super().__init__('HTTP Error %s: %s' % (code, msg))
        self.reason = msg
        self.url = self.filename = url
        self.code, self.msg, self.hdrs = code, msg, hdrs
        self.fp = fp if fp is not None else _Empty()

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        # CPython's own form, not the args-based one an exception gets.
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def status(self):
        return self.code

    @property
    def headers(self):
        return self.hdrs

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url

    def info(self):
        return self.hdrs

    def read(self, amt=None):
        return self.fp.read(amt)

    def readline(self, limit=-1):
        return self.fp.readline(limit)

    def readlines(self, hint=-1):
        return self.fp.readlines(hint)

    def __iter__(self):
        return iter(self.fp)

    def close(self):
        self.fp.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ContentTooShortError(URLError):
    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
