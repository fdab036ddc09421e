"""http.client's exceptions, kept apart so that the response module
(http/_response.py) and the connection (http/client.py) can both raise
them. They are named http.client.* as CPython names them."""


class HTTPException(Exception):
    pass


# -- errors that carry what went wrong ------------------------------------------

class UnknownProtocol(HTTPException):
    def __init__(self, version):
        super().__init__(version)
        self.version = version


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        super().__init__(partial)
        self.partial, self.expected = partial, expected

    def __repr__(self):
        tail = ", %i more expected" % self.expected if self.expected is not None else ""
        return "%s(%i bytes read%s)" % (type(self).__name__, len(self.partial), tail)

    __str__ = __repr__


class BadStatusLine(HTTPException):
    def __init__(self, line):
        # an empty status line is reported as its repr, "''"
        shown = line if line else repr(line)
        super().__init__(shown)
        self.line = shown


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        super().__init__("got more than %d bytes when reading %s" % (65536, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    # both a connection reset and a (blank) bad status line
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


# -- plain markers -----------------------------------------------------------------

class ImproperConnectionState(HTTPException):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class InvalidURL(HTTPException):
    pass


class NotConnected(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class UnknownTransferEncoding(HTTPException):
    pass


error = HTTPException

for _cls in (HTTPException, NotConnected, InvalidURL, UnknownProtocol, UnknownTransferEncoding,
             UnimplementedFileMode, IncompleteRead, ImproperConnectionState, CannotSendRequest,
             CannotSendHeader, ResponseNotReady, BadStatusLine, LineTooLong, RemoteDisconnected):
    _cls.__module__ = "http.client"
del _cls
