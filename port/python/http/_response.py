"""http.client's HTTPResponse and parse_headers: a response read from a
file of the bytes on the wire, as CPython reads one from its socket.

HTTPConnection hands it a file of the answer the host got (status line,
headers, then the body; a chunked body framed again as one chunk), and
a script may hand it any object with makefile() (a fake socket over bytes
it wants parsed), as with CPython. A body is read by Content-Length, by
chunks, or to the end of the file; the response closes itself (isclosed())
as CPython's does: when read() has taken all of a known length, and when a
read finds nothing more."""
import io

from urllib._message import HTTPMessage
from http._errors import (
    BadStatusLine, HTTPException, IncompleteRead, LineTooLong, RemoteDisconnected,
    ResponseNotReady, UnknownProtocol)

_MAXLINE = 65536
_MAXHEADERS = 100
_UNKNOWN = "UNKNOWN"
_END_OF_HEADERS = (b"\r\n", b"\n", b"")


def _read_header_lines(fp):
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if line in _END_OF_HEADERS:
            return lines
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)


def _header_pairs(lines):
    # As CPython's email parser takes them: a line starting with a space or
    # tab continues the header before it (its line break kept), and a line
    # that is no header ends the headers there.
    pairs = []
    for raw in lines:
        line = str(raw, "iso-8859-1")
        if line[:1] in (" ", "\t") and pairs:
            name, value = pairs[-1]
            pairs[-1] = (name, value + "\r\n" + line.rstrip("\r\n"))
            continue
        name, colon, value = line.partition(":")
        if not colon or not name or name[0] in " \t":
            break
        pairs.append((name, value.lstrip(" \t").rstrip("\r\n")))
    return pairs


def parse_headers(fp, _class=HTTPMessage):
    """Read header lines from fp up to the blank line; -> an HTTPMessage."""
    return _class(_header_pairs(_read_header_lines(fp)))


class HTTPResponse(io.BufferedIOBase):
    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = _UNKNOWN
        self.chunked = self.chunk_left = self.length = self.will_close = _UNKNOWN

    # -- the status line and the headers ------------------------------------
    def _status_line(self):
        raw = self.fp.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise LineTooLong("status line")
        line = str(raw, "iso-8859-1")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            # Nothing at all: the server closed the connection.
            raise RemoteDisconnected("Remote end closed connection without response")
        parts = line.split(None, 2)
        version = parts[0] if parts else ""
        if not version.startswith("HTTP/") or len(parts) < 2:
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(parts[1])
        except ValueError:
            raise BadStatusLine(line)
        if not 100 <= status <= 999:
            raise BadStatusLine(line)
        return version, status, parts[2] if len(parts) > 2 else ""

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._status_line()
            if status != 100:
                break
            # 100 Continue: its headers are skipped, the real answer follows.
            skipped = _read_header_lines(self.fp)
            if self.debuglevel > 0:
                print("headers:", skipped)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)
        self.chunked = (self.headers.get("transfer-encoding") or "").lower() == "chunked"
        self.chunk_left = None
        self.will_close = self._closes_after()
        self.length = None
        given = self.headers.get("content-length")
        if given and not self.chunked:
            try:
                self.length = int(given)
            except ValueError:
                pass
            else:
                if self.length < 0:
                    self.length = None
        if status in (204, 304) or status < 200 or self._method == "HEAD":
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            # Only the end of the connection ends this body.
            self.will_close = True

    def _closes_after(self):
        connection = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            return "close" in connection
        if self.headers.get("keep-alive") or "keep-alive" in connection:
            return False
        return "keep-alive" not in (self.headers.get("proxy-connection") or "").lower()

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str):
            return values
        try:
            values = iter(values)
        except TypeError:
            return values
        return ", ".join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    # -- state --------------------------------------------------------------
    def _close_conn(self):
        fp, self.fp = self.fp, None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp and hasattr(self.fp, "flush"):
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def fileno(self):
        if self.fp is None:
            raise AttributeError("'NoneType' object has no attribute 'fileno'")
        fileno = getattr(self.fp, "fileno", None)
        if fileno is None:
            # A response read through the host has no socket under it.
            raise io.UnsupportedOperation("fileno")
        return fileno()

    def _silent(self):
        # No body to give: closed, or the answer to a HEAD (which closes).
        if self.fp is None:
            return True
        if self._method == "HEAD":
            self._close_conn()
            return True
        return False

    # -- the body -----------------------------------------------------------
    def read(self, amt=None):
        if self._silent():
            return b""
        if self.chunked:
            return self._read_chunks(amt, False)
        if amt is None:
            if self.length is None:
                data = self.fp.read()
            else:
                try:
                    data = self._exactly(self.length)
                except IncompleteRead:
                    self._close_conn()
                    raise
                self.length = 0
            self._close_conn()
            return data
        if self.length is not None and amt > self.length:
            amt = self.length
        data = self.fp.read(amt)
        if not data and amt:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return data

    def read1(self, n=-1):
        if self._silent():
            return b""
        if self.chunked:
            return self._read_chunks(n, True)
        if self.length is not None and (n < 0 or n > self.length):
            n = self.length
        data = self.fp.read(n) if n >= 0 else self.fp.read()
        self._took(data, n)
        return data

    def readline(self, limit=-1):
        if self._silent():
            return b""
        if self.chunked:
            return self._readline_chunks(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        data = self.fp.readline(limit)
        self._took(data, limit)
        return data

    def _took(self, data, asked):
        # After read1 and readline: a read that found nothing closes; the
        # length left is counted down (reaching 0 does not close here).
        if not data and asked:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)

    def peek(self, n=-1):
        # The bytes that a read would give next, not consumed: the rest of
        # the current chunk, or of the body.
        if self._silent():
            return b""
        if self.chunked:
            left = self._chunk_left()
            if left is None:
                return b""
        else:
            left = self.length
        at = self.fp.tell()
        data = self.fp.read() if left is None else self.fp.read(left)
        self.fp.seek(at)
        return data

    def readinto(self, b):
        if self.fp is None:
            return 0
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def _exactly(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    # CPython's name: urllib3 reads chunked bodies itself, through fp and this.
    _safe_read = _exactly

    # -- chunked bodies -----------------------------------------------------
    def _chunk_left(self):
        # Bytes left in the current chunk, reading the next chunk's size line
        # when it is used up; None once the last chunk (size 0) is read, the
        # trailer skipped and the response closed.
        if self.chunk_left:
            return self.chunk_left
        if self.chunk_left == 0:
            self._exactly(2)  # the CRLF after a chunk's data
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b"")
        if size:
            self.chunk_left = size
            return size
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in _END_OF_HEADERS:
                break
        self._close_conn()
        self.chunk_left = None
        return None

    def _read_chunks(self, amt, one):
        # amt None or < 0: every chunk; `one`: no further than this chunk.
        parts = []
        try:
            while amt is None or amt != 0:
                left = self._chunk_left()
                if left is None:
                    break
                take = left if amt is None or amt < 0 or amt > left else amt
                parts.append(self._exactly(take))
                self.chunk_left = left - take
                if amt is not None and amt >= 0:
                    amt -= take
                if one:
                    break
        except IncompleteRead:
            # As CPython: what the whole chunks held, not the torn one.
            raise IncompleteRead(b"".join(parts))
        return b"".join(parts)

    def _readline_chunks(self, limit):
        parts = []
        size = 0
        while limit is None or limit < 0 or size < limit:
            left = self._chunk_left()
            if left is None:
                break
            want = left if limit is None or limit < 0 else min(left, limit - size)
            part = self.fp.readline(want)
            if not part:
                raise IncompleteRead(b"".join(parts))
            self.chunk_left = left - len(part)
            parts.append(part)
            size += len(part)
            if part.endswith(b"\n"):
                break
        return b"".join(parts)
