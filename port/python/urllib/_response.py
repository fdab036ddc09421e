"""What urlopen returns: the whole answer, read from memory as CPython's
http.client.HTTPResponse reads it from the socket (read, read1, readline,
readlines, iteration by lines; `length` is what is left; after close()
reads give b'')."""
from urllib._message import HTTPMessage


class HTTPResponse:
    version = 11  # HTTP/1.1

    def __init__(self, status, reason, url, pairs, body):
        self.status = status
        self.reason = reason
        # urllib sets msg to the reason (http.client has the headers there).
        self.msg = reason
        self.url = url
        self.headers = HTTPMessage(pairs)
        self._body = body
        self._at = 0
        self.closed = False

    # -- status and headers -------------------------------------------------
    @property
    def code(self):
        return self.status

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def info(self):
        return self.headers

    def getheader(self, name, default=None):
        values = self.headers.get_all(name)
        if not values:
            return default
        return ", ".join(values)

    def getheaders(self):
        return self.headers.items()

    @property
    def length(self):
        # What Content-Length says is left; None for a chunked answer.
        if self.headers.get("content-length") is None or "chunked" in (self.headers.get("transfer-encoding") or "").lower():
            return None
        return 0 if self.closed else len(self._body) - self._at

    # -- the body -----------------------------------------------------------
    def read(self, amt=None):
        if self.closed:
            return b""
        end = len(self._body) if amt is None or amt < 0 else min(len(self._body), self._at + amt)
        chunk = self._body[self._at:end]
        self._at = end
        return chunk

    read1 = read

    def readinto(self, buffer):
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def readline(self, limit=-1):
        if self.closed:
            return b""
        end = self._body.find(b"\n", self._at)
        end = len(self._body) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._at + limit)
        chunk = self._body[self._at:end]
        self._at = end
        return chunk

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def isclosed(self):
        return self.closed

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
