"""http.client's exceptions, kept apart so that the response module
(http/_response.py) and the connection (http/client.py) can both raise
them. They are named http.client.* as CPython names them."""


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        super().__init__(version)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        super().__init__(partial)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = "" if self.expected is None else ", %i more expected" % self.expected
        return "%s(%i bytes read%s)" % (type(self).__name__, len(self.partial), more)

    __str__ = __repr__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        # The line as repr() shows it; an empty one reads "''".
        if not line:
            line = repr(line)
        super().__init__(line)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        super().__init__("got more than %d bytes when reading %s" % (65536, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException

for _cls in (HTTPException, NotConnected, InvalidURL, UnknownProtocol, UnknownTransferEncoding,
             UnimplementedFileMode, IncompleteRead, ImproperConnectionState, CannotSendRequest,
             CannotSendHeader, ResponseNotReady, BadStatusLine, LineTooLong, RemoteDisconnected):
    _cls.__module__ = "http.client"
del _cls
