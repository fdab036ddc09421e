"""WSGI gateway classes: BaseHandler runs one application call and writes
its response through a few overridable hooks; SimpleHandler and the CGI
handlers fill those hooks with streams and an environ."""

import os
import sys
import time

from wsgiref.util import FileWrapper, guess_scheme, is_hop_by_hop
from wsgiref.headers import Headers

__all__ = [
    'BaseHandler', 'SimpleHandler', 'BaseCGIHandler', 'CGIHandler',
    'IISCGIHandler', 'read_environ'
]

# HTTP dates use English names whatever the locale
_WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
_MONTHS = [None] + "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def format_date_time(timestamp):
    year, month, mday, hour, minute, sec, wday = tuple(time.gmtime(timestamp))[:7]
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (_WEEKDAYS[wday], mday, _MONTHS[month], year,
                                                    hour, minute, sec)


# CGI variables that carry request data (and so came in as bytes)
_FROM_REQUEST = frozenset(('SCRIPT_NAME', 'PATH_INFO', 'QUERY_STRING', 'REQUEST_METHOD', 'AUTH_TYPE',
                           'CONTENT_TYPE', 'CONTENT_LENGTH', 'HTTPS', 'REMOTE_USER', 'REMOTE_IDENT'))


def _carries_request_bytes(name):
    # REDIRECT_ prefixes (added by web servers on internal redirects) nest
    base = name
    while base.startswith('REDIRECT_'):
        base = base[len('REDIRECT_'):]
    return base in _FROM_REQUEST or base.startswith('HTTP_') or base.startswith('SSL_')


def read_environ():
    # The OS decoded request-derived variables with the filesystem
    # encoding; WSGI wants them as latin-1 "bytes in str", so re-encode.
    fs_enc = sys.getfilesystemencoding()
    try:
        ''.encode('utf-8', 'surrogateescape')
        errors = 'surrogateescape'
    except LookupError:
        errors = 'replace'
    result = {}
    for name, value in os.environ.items():
        if _carries_request_bytes(name):
            value = value.encode(fs_enc, errors).decode('iso-8859-1')
        result[name] = value
    return result


_PEER_GONE = (ConnectionAbortedError, BrokenPipeError, ConnectionResetError)


def _latin1(text):
    return text.encode('iso-8859-1')


class BaseHandler:

    # defaults a subclass or an instance may override
    wsgi_version = (1, 0)
    wsgi_multithread = True
    wsgi_multiprocess = True
    wsgi_run_once = False

    origin_server = True
    http_version = "1.0"
    server_software = None

    os_environ = read_environ()

    wsgi_file_wrapper = FileWrapper
    headers_class = Headers

    # per-request state, reset by close()
    status = result = None
    headers_sent = False
    headers = None
    bytes_sent = 0

    traceback_limit = None
    error_status = "500 Internal Server Error"
    error_headers = [('Content-Type', 'text/plain')]
    error_body = b"A server error occurred.  Please contact the administrator."

    def run(self, application):
        # close() is only called on the double-failure path: asynchronous
        # subclasses may still be sending when run() returns.
        try:
            self.setup_environ()
            self.result = application(self.environ, self.start_response)
            self.finish_response()
        except _PEER_GONE:
            # the peer hung up; there is nobody to report to
            return
        except BaseException:
            try:
                self.handle_error()
            except BaseException:
                self.close()
                raise

    def setup_environ(self):
        self.environ = env = self.os_environ.copy()
        self.add_cgi_vars()
        env.update({
            'wsgi.input': self.get_stdin(),
            'wsgi.errors': self.get_stderr(),
            'wsgi.version': self.wsgi_version,
            'wsgi.run_once': self.wsgi_run_once,
            'wsgi.url_scheme': self.get_scheme(),
            'wsgi.multithread': self.wsgi_multithread,
            'wsgi.multiprocess': self.wsgi_multiprocess,
        })
        if self.wsgi_file_wrapper is not None:
            env['wsgi.file_wrapper'] = self.wsgi_file_wrapper
        if self.server_software and self.origin_server:
            env.setdefault('SERVER_SOFTWARE', self.server_software)

    def _close_result(self):
        closer = getattr(self.result, 'close', None)
        if closer is not None:
            closer()

    def finish_response(self):
        try:
            streamed = self.result_is_file() and self.sendfile()
            if not streamed:
                for block in self.result:
                    self.write(block)
                self.finish_content()
        except BaseException:
            self._close_result()
            raise
        self.close()

    def get_scheme(self):
        return guess_scheme(self.environ)

    def set_content_length(self):
        # Only a one-block body has a length known before it is sent: that
        # block already went to write(), which counted it in bytes_sent.
        try:
            count = len(self.result)
        except (TypeError, AttributeError, NotImplementedError):
            return
        if count == 1:
            self.headers['Content-Length'] = str(self.bytes_sent)

    def cleanup_headers(self):
        if 'Content-Length' not in self.headers:
            self.set_content_length()

    def start_response(self, status, headers, exc_info=None):
        if not exc_info:
            if self.headers is not None:
                raise AssertionError("Headers already set!")
        elif self.headers_sent:
            # too late to replace what the client already has
            error = exc_info[1]
            exc_info = None
            raise error
        self.status = status
        self.headers = self.headers_class(headers)
        text = self._convert_string_type(status, "Status")
        assert len(text) >= 4, "Status must be at least 4 characters"
        assert text[:3].isdigit(), "Status message must begin w/3-digit code"
        assert text[3] == " ", "Status message must have a space after code"
        for pair in headers:
            hname = self._convert_string_type(pair[0], "Header name")
            hval = self._convert_string_type(pair[1], "Header value")
            assert not is_hop_by_hop(hname), "Hop-by-hop header, '%s: %s', not allowed" % (hname, hval)
        return self.write

    def _convert_string_type(self, value, title):
        if type(value) is not str:
            raise AssertionError("{0} must be of type str (got {1})".format(title, repr(value)))
        return value

    def send_preamble(self):
        if not self.origin_server:
            # a CGI gateway: the web server writes the status line
            self._write(_latin1('Status: %s\r\n' % self.status))
            return
        if not self.client_is_modern():
            return
        self._write(_latin1('HTTP/%s %s\r\n' % (self.http_version, self.status)))
        if 'Date' not in self.headers:
            self._write(_latin1('Date: %s\r\n' % format_date_time(time.time())))
        if self.server_software and 'Server' not in self.headers:
            self._write(_latin1('Server: %s\r\n' % self.server_software))

    def write(self, data):
        assert type(data) is bytes, "write() argument must be a bytes instance"
        if not self.status:
            raise AssertionError("write() before start_response()")
        if self.headers_sent:
            self.bytes_sent += len(data)
        else:
            # set before send_headers so set_content_length can use it
            self.bytes_sent = len(data)
            self.send_headers()
        self._write(data)
        self._flush()

    def sendfile(self):
        # hook for zero-copy sending of a wsgi_file_wrapper result; a
        # false return makes finish_response iterate it instead
        return False

    def finish_content(self):
        if self.headers_sent:
            return
        # nothing was written: an empty body
        self.headers.setdefault('Content-Length', "0")
        self.send_headers()

    def close(self):
        try:
            self._close_result()
        finally:
            self.result = self.headers = self.status = self.environ = None
            self.headers_sent = False
            self.bytes_sent = 0

    def send_headers(self):
        self.cleanup_headers()
        self.headers_sent = True
        # an HTTP/0.9 client gets the body only
        if self.origin_server and not self.client_is_modern():
            return
        self.send_preamble()
        self._write(bytes(self.headers))

    def result_is_file(self):
        kind = self.wsgi_file_wrapper
        return kind is not None and isinstance(self.result, kind)

    def client_is_modern(self):
        return self.environ['SERVER_PROTOCOL'].upper() != 'HTTP/0.9'

    def log_exception(self, exc_info):
        from traceback import print_exception
        sink = self.get_stderr()
        print_exception(exc_info[0], exc_info[1], exc_info[2], self.traceback_limit, sink)
        sink.flush()

    def handle_error(self):
        self.log_exception(sys.exc_info())
        if self.headers_sent:
            # part of the response is out: the log is all we can do
            return
        self.result = self.error_output(self.environ, self.start_response)
        self.finish_response()

    def error_output(self, environ, start_response):
        start_response(self.error_status, list(self.error_headers), sys.exc_info())
        return [self.error_body]

    # The I/O hooks a concrete handler provides.

    def _write(self, data):
        raise NotImplementedError

    def _flush(self):
        raise NotImplementedError

    def get_stdin(self):
        raise NotImplementedError

    def get_stderr(self):
        raise NotImplementedError

    def add_cgi_vars(self):
        raise NotImplementedError


class SimpleHandler(BaseHandler):
    # The streams and the CGI environ are given to the constructor.

    def __init__(self, stdin, stdout, stderr, environ, multithread=True, multiprocess=False):
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.base_env = environ
        self.wsgi_multithread, self.wsgi_multiprocess = multithread, multiprocess

    def add_cgi_vars(self):
        self.environ.update(self.base_env)

    def get_stdin(self):
        return self.stdin

    def get_stderr(self):
        return self.stderr

    def _write(self, data):
        done = self.stdout.write(data)
        if done is None or done == len(data):
            return
        from warnings import warn
        warn("SimpleHandler.stdout.write() should not do partial writes", DeprecationWarning)
        # keep writing the remainder until the stream took it all
        rest = data[done:]
        while rest:
            done = self.stdout.write(rest)
            rest = rest[done:]

    def _flush(self):
        self.stdout.flush()
        # later flushes skip this method and go to the stream directly
        self._flush = self.stdout.flush


class BaseCGIHandler(SimpleHandler):
    # CGI-style output: a "Status:" header instead of an HTTP status line
    origin_server = False


def _cgi_streams():
    return sys.stdin.buffer, sys.stdout.buffer, sys.stderr


class CGIHandler(BaseCGIHandler):

    wsgi_run_once = True
    # read_environ() gives the whole environment per request
    os_environ = {}

    def __init__(self):
        fin, fout, ferr = _cgi_streams()
        BaseCGIHandler.__init__(self, fin, fout, ferr, read_environ(), multithread=False, multiprocess=True)


class IISCGIHandler(BaseCGIHandler):

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        env = read_environ()
        # IIS (without allowPathInfo) repeats SCRIPT_NAME at the start of
        # PATH_INFO; strip it when present
        script = env.get('SCRIPT_NAME', '')
        path = env.get('PATH_INFO', '')
        if (path + '/').startswith(script + '/'):
            env['PATH_INFO'] = path[len(script):]
        fin, fout, ferr = _cgi_streams()
        BaseCGIHandler.__init__(self, fin, fout, ferr, env, multithread=False, multiprocess=True)
