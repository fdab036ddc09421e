"""urllib.error: the exception classes (URLError, HTTPError,
ContentTooShortError), for scripts that name them in except clauses."""


class URLError(OSError):
    def __init__(self, reason, filename=None):
        super().__init__(reason)
        self.reason = reason

    def __str__(self):
        return '<urlopen error %s>' % (self.reason,)


class HTTPError(URLError):
    def __init__(self, url, code, msg, hdrs, fp):
        super().__init__(msg)
        self.url, self.code, self.msg, self.hdrs, self.fp = url, code, msg, hdrs, fp

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)


class ContentTooShortError(URLError):
    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
