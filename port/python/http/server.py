"""http.server: CPython 3.11's HTTP server classes, in a sandbox with no
sockets.

Here, as in CPython: HTTPServer and ThreadingHTTPServer (socketserver's
TCPServer underneath, so constructing one raises socket's OSError: pywasm
cannot listen), BaseHTTPRequestHandler, SimpleHTTPRequestHandler,
CGIHTTPRequestHandler, DEFAULT_ERROR_MESSAGE, DEFAULT_ERROR_CONTENT_TYPE,
__version__ '0.6', the request handler's `responses` table (phrase and
description of every HTTPStatus), and the helpers _url_collapse_path,
nobody_uid, executable, _get_best_family and test().

What works is everything a handler does with its streams, so a handler
runs in-process over a stand-in connection (an object whose makefile('rb')
gives the request bytes and whose sendall() collects the reply), or by
setting rfile/wfile and calling handle_one_request() / parse_request():

- BaseHTTPRequestHandler: the request line and header parsing (HTTP/0.9,
  1.0, 1.1; the 400/414/431/501/505 answers with CPython's messages),
  Connection and Expect: 100-continue handling, keep-alive loops in
  handle(), do_<COMMAND> dispatch, send_error() with the HTML error page,
  send_response(), send_header(), end_headers(), the Server and Date
  headers, log_message() on stderr with control characters escaped,
  date_time_string(), log_date_time_string(), address_string();
- SimpleHTTPRequestHandler: serving files and directory listings from
  `directory` (default: the current directory) with translate_path(),
  guess_type() (extensions_map, then mimetypes), If-Modified-Since,
  the redirect for a directory path without its slash;
- CGIHTTPRequestHandler: is_cgi(), is_python(), is_executable(), the
  run_cgi() path checks and their 403/404 answers. Running the script
  itself needs a process: pywasm has none, so that step answers
  500 with 'CGI scripts cannot be run in pywasm (no processes)'.

Not here: the 3.12 changes (index_pages, the HTTPS server of 3.14)."""

import datetime
import email.utils
import html
import http.client
import io
import mimetypes
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse

from http import HTTPStatus

__version__ = '0.6'

__all__ = ['HTTPServer', 'ThreadingHTTPServer', 'BaseHTTPRequestHandler',
           'SimpleHTTPRequestHandler', 'CGIHTTPRequestHandler']

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = 'text/html;charset=utf-8'

# A request line longer than this is refused with 414.
_MAX_REQUEST_LINE = 65536
# Connection header value -> close_connection
_CONNECTION_CLOSES = {'close': True, 'keep-alive': False}


class HTTPServer(socketserver.TCPServer):

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        # the name and port clients reach us by (CGI's SERVER_NAME/PORT)
        address = self.server_address
        self.server_name = socket.getfqdn(address[0])
        self.server_port = address[1]


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


def _control_char_table():
    table = {c: '\\x%02x' % c for c in range(0x20)}
    table.update({c: '\\x%02x' % c for c in range(0x7f, 0xa0)})
    table[ord('\\')] = '\\\\'
    return table


def _escape_controls(text, table):
    if not any(ord(ch) in table for ch in text):
        return text
    return ''.join(table.get(ord(ch), ch) for ch in text)


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """handle() reads requests from self.rfile: a request line
    `<command> <path> <version>` (or `GET <path>` for HTTP/0.9), then
    RFC 822 style headers, then an optional body; for a command SPAM it
    calls self.do_SPAM(), which writes the reply to self.wfile with
    send_response(), send_header(), end_headers() and the body. The parsed
    request is in self.command, self.path, self.request_version and
    self.headers (an http.client.HTTPMessage)."""

    sys_version = 'Python/' + sys.version.split()[0]
    server_version = 'BaseHTTP/' + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = 'HTTP/0.9'

    def parse_request(self):
        """Parse self.raw_requestline and the headers that follow it.

        Sets command, path, request_version and headers; returns True, or
        False after sending the error reply."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                if not version.startswith('HTTP/'):
                    raise ValueError
                base_version_number = version.split('/', 1)[1]
                parts = base_version_number.split('.')
                if len(parts) != 2:
                    raise ValueError
                if any(not p.isdigit() for p in parts):
                    raise ValueError('non digit in http version')
                if any(len(p) > 10 for p in parts):
                    raise ValueError('unreasonable length http version')
                version_number = int(parts[0]), int(parts[1])
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST, 'Bad request version (%r)' % version)
                return False
            if version_number >= (1, 1) and self.protocol_version >= 'HTTP/1.1':
                self.close_connection = False
            if version_number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                'Invalid HTTP version (%s)' % base_version_number)
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, 'Bad request syntax (%r)' % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST, 'Bad HTTP/0.9 request type (%r)' % command)
                return False
        self.command, self.path = command, path
        # '//host/x' would read as a network path to urlsplit: keep one slash
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Line too long', str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Too many headers', str(err))
            return False
        conntype = self.headers.get('Connection', '').lower()
        if conntype == 'close':
            self.close_connection = True
        elif conntype == 'keep-alive' and self.protocol_version >= 'HTTP/1.1':
            self.close_connection = False
        expect = self.headers.get('Expect', '')
        if (expect.lower() == '100-continue' and self.protocol_version >= 'HTTP/1.1'
                and self.request_version >= 'HTTP/1.1'):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' with 100 Continue; return True to
        go on reading the request (override to refuse it)."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        try:
            line = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            self.raw_requestline = line
            if len(line) > _MAX_REQUEST_LINE:
                # nothing of the request is known: answer 414 as is
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            elif not line:
                # the client closed the connection
                self.close_connection = True
            elif self.parse_request():
                self._run_command()
        except TimeoutError as e:
            self.log_error('Request timed out: %r', e)
            self.close_connection = True

    def _run_command(self):
        method = getattr(self, 'do_' + self.command, None)
        if method is None:
            self.send_error(HTTPStatus.NOT_IMPLEMENTED, 'Unsupported method (%r)' % self.command)
            return
        method()
        self.wfile.flush()

    def handle(self):
        """Handle requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Send and log an error reply: the status line, headers and
        (except for 1xx, 204, 205, 304 and HEAD) the HTML error page."""
        phrase, description = self.responses.get(code, ('???', '???'))
        message = phrase if message is None else message
        explain = description if explain is None else explain
        self.log_error('code %d, message %s', code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = content.encode('UTF-8', 'replace')
            self.send_header('Content-Type', self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request, buffer the status line and the Server and
        Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Buffer the status line only."""
        if self.request_version != 'HTTP/0.9':
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ('%s %d %s\r\n' % (self.protocol_version, code, message)).encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """Buffer a header line."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(('%s: %s\r\n' % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            # a Connection header we send decides whether handle() loops
            closing = _CONNECTION_CLOSES.get(value.lower())
            if closing is not None:
                self.close_connection = closing

    def end_headers(self):
        """End the headers with a blank line and write them out."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b'\r\n')
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b''.join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        """Log an accepted request (send_response() calls this)."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Log an error (through log_message())."""
        self.log_message(format, *args)

    _control_char_table = _control_char_table()

    def log_message(self, format, *args):
        """Write `<client> - - [<date>] <format % args>` to stderr, with
        control characters written as \\xNN escapes."""
        message = format % args
        sys.stderr.write('%s - - [%s] %s\n' % (self.address_string(), self.log_date_time_string(),
                                               _escape_controls(message, self._control_char_table)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """Return a date for a header: 'Sun, 06 Nov 1994 08:49:37 GMT'."""
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        """Return the current local time for the log: '06/Nov/1994 08:49:37'."""
        year, month, day, hh, mm, ss = time.localtime(time.time())[:6]
        return '%02d/%3s/%04d %02d:%02d:%02d' % (day, self.monthname[month], year, hh, mm, ss)

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def address_string(self):
        return self.client_address[0]

    protocol_version = 'HTTP/1.0'

    MessageClass = http.client.HTTPMessage

    responses = {v: (v.phrase, v.description) for v in HTTPStatus.__members__.values()}


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serve GET and HEAD from the files under self.directory."""

    # compressed files are served as the archives they are, not as the
    # type of their content (which mimetypes would report)
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }
    server_version = 'SimpleHTTP/' + __version__

    def __init__(self, *args, directory=None, **kwargs):
        # set before the base constructor, which handles the request
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_HEAD(self):
        # the same headers as GET, no body
        body = self.send_head()
        if body:
            body.close()

    def do_GET(self):
        body = self.send_head()
        if not body:
            return
        try:
            self.copyfile(body, self.wfile)
        finally:
            body.close()

    def _index_file(self, folder):
        for name in ('index.html', 'index.htm'):
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return candidate
        return None

    def _unchanged_since_asked(self, mtime):
        # True when If-Modified-Since allows a 304.  The header is ignored
        # next to If-None-Match (which takes precedence and is not
        # evaluated here), when unparsable, or when not in UTC.
        asked = self.headers
        if 'If-Modified-Since' not in asked or 'If-None-Match' in asked:
            return False
        try:
            since = email.utils.parsedate_to_datetime(asked['If-Modified-Since'])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        utc = datetime.timezone.utc
        if since.tzinfo is None:
            since = since.replace(tzinfo=utc)
        if since.tzinfo is not utc:
            return False
        # the header has whole seconds only
        modified = datetime.datetime.fromtimestamp(mtime, utc).replace(microsecond=0)
        return modified <= since

    def send_head(self):
        # Send the status and headers for self.path; return the open file
        # to copy out (the caller closes it), or None when the reply is
        # complete already.
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.endswith('/'):
                # relative links in the page need the slash: redirect
                with_slash = (url.scheme, url.netloc, url.path + '/', url.query, url.fragment)
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header('Location', urllib.parse.urlunsplit(with_slash))
                self.send_header('Content-Length', '0')
                self.end_headers()
                return None
            index = self._index_file(path)
            if index is None:
                return self.list_directory(path)
            path = index
        ctype = self.guess_type(path)
        # a file name with a trailing slash is not that file
        if path.endswith('/'):
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            f = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            st = os.fstat(f.fileno())
            if self._unchanged_since_asked(st.st_mtime):
                f.close()
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                return None
            self.send_response(HTTPStatus.OK)
            for name, value in (('Content-type', ctype), ('Content-Length', str(st[6])),
                                ('Last-Modified', self.date_time_string(st.st_mtime))):
                self.send_header(name, value)
            self.end_headers()
        except BaseException:
            f.close()
            raise
        return f

    def list_directory(self, path):
        """Send the headers of an HTML listing of `path`; return it as a
        BytesIO (or None after an error reply)."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'No permission to list directory')
            return None
        names.sort(key=lambda a: a.lower())
        displaypath = html.escape(_unquote_path(self.path), quote=False)
        enc = sys.getfilesystemencoding()
        title = 'Directory listing for ' + displaypath
        lines = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
                 '<meta charset="%s">' % enc,
                 '<title>%s</title>\n</head>' % title,
                 '<body>\n<h1>%s</h1>' % title,
                 '<hr>\n<ul>']
        for name in names:
            fullname = os.path.join(path, name)
            displayname = linkname = name
            if os.path.isdir(fullname):
                displayname = linkname = name + '/'
            if os.path.islink(fullname):
                displayname = name + '@'
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(linkname, errors='surrogatepass'),
                html.escape(displayname, quote=False)))
        lines.append('</ul>\n<hr>\n</body>\n</html>\n')
        encoded = '\n'.join(lines).encode(enc, 'surrogateescape')
        f = io.BytesIO(encoded)
        self.send_response(HTTPStatus.OK)
        self.send_header('Content-type', 'text/html; charset=%s' % enc)
        self.send_header('Content-Length', str(len(encoded)))
        self.end_headers()
        return f

    def translate_path(self, path):
        # A URL path to a file under self.directory: query and fragment
        # dropped, %-escapes decoded, and no segment that could leave the
        # directory ('.', '..', or one holding a separator); a trailing
        # slash is kept so send_head() can tell a directory was asked for.
        path = path.split('?', 1)[0].split('#', 1)[0]
        wants_dir = path.rstrip().endswith('/')
        segments = posixpath.normpath(_unquote_path(path)).split('/')
        safe = [seg for seg in segments
                if seg and not os.path.dirname(seg) and seg not in (os.curdir, os.pardir)]
        result = os.path.join(self.directory, *safe)
        return result + '/' if wants_dir else result

    def copyfile(self, source, outputfile):
        """Copy all of source to outputfile."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        # extensions_map first (the extension as written, then lowercased),
        # then the mimetypes tables
        ext = posixpath.splitext(path)[1]
        known = self.extensions_map
        for key in (ext, ext.lower()):
            if key in known:
                return known[key]
        return mimetypes.guess_type(path)[0] or 'application/octet-stream'


def _unquote_path(path):
    # %-decoding that keeps undecodable bytes as surrogates where it can
    try:
        return urllib.parse.unquote(path, errors='surrogatepass')
    except UnicodeDecodeError:
        return urllib.parse.unquote(path)


def _url_collapse_path(path):
    # Resolve the '.', '..' and empty segments of a URL path (the query is
    # left alone) for is_cgi(); IndexError when '..' climbs above the root.
    # The result is '/' + directories + '/' + last segment, so a path with
    # no directory part comes out as '//name', as CPython's does.
    before, _, query = path.partition('?')
    segments = urllib.parse.unquote(before).split('/')
    last = segments.pop()
    dirs = []
    for seg in segments:
        if seg == '..':
            dirs.pop()
        elif seg not in ('', '.'):
            dirs.append(seg)
    if last == '..':
        dirs.pop()
        last = ''
    elif last == '.':
        last = ''
    if query:
        last += '?' + query
    return '/' + '/'.join(dirs) + '/' + last


nobody = None


def nobody_uid():
    # the uid CGI scripts would run as, looked up once; -1 without pwd
    global nobody
    if nobody:
        return nobody
    try:
        import pwd
        by_name = pwd.getpwnam
    except ImportError:
        return -1
    try:
        nobody = by_name('nobody')[2]
    except KeyError:
        # no such user: one past the largest uid in use
        nobody = max(entry[2] for entry in pwd.getpwall()) + 1
    return nobody


def executable(path):
    return os.access(path, os.X_OK)


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler plus CGI scripts under cgi_directories
    (see the module docstring: running one needs a process)."""

    have_fork = hasattr(os, 'fork')
    rbufsize = 0
    cgi_directories = ['/cgi-bin', '/htbin']

    def do_POST(self):
        """Serve a POST request (CGI scripts only)."""
        if self.is_cgi():
            self.run_cgi()
        else:
            self.send_error(HTTPStatus.NOT_IMPLEMENTED, 'Can only POST to CGI scripts')

    def send_head(self):
        """send_head() that runs CGI scripts."""
        if self.is_cgi():
            return self.run_cgi()
        return SimpleHTTPRequestHandler.send_head(self)

    def is_cgi(self):
        """True (setting self.cgi_info to (dir, rest)) when the collapsed
        path starts with one of cgi_directories followed by '/'."""
        collapsed_path = _url_collapse_path(self.path)
        dir_sep = collapsed_path.find('/', 1)
        while dir_sep > 0 and collapsed_path[:dir_sep] not in self.cgi_directories:
            dir_sep = collapsed_path.find('/', dir_sep + 1)
        if dir_sep > 0:
            self.cgi_info = collapsed_path[:dir_sep], collapsed_path[dir_sep + 1:]
            return True
        return False

    def is_executable(self, path):
        return executable(path)

    def is_python(self, path):
        return os.path.splitext(path)[1].lower() in ('.py', '.pyw')

    def run_cgi(self):
        """Find the CGI script (answering 404/403 as CPython does); running
        it needs a process, which pywasm cannot start: 500."""
        dir, rest = self.cgi_info
        whole = dir + '/' + rest
        # the script may sit in a subdirectory of the CGI directory: take
        # in every leading segment that is a directory on disk
        while True:
            cut = whole.find('/', len(dir) + 1)
            if cut < 0 or not os.path.isdir(self.translate_path(whole[:cut])):
                break
            dir, rest = whole[:cut], whole[cut + 1:]
        rest, _, query = rest.partition('?')
        script, slash, extra = rest.partition('/')
        rest = slash + extra  # PATH_INFO
        scriptname = dir + '/' + script
        scriptfile = self.translate_path(scriptname)
        if not os.path.exists(scriptfile):
            self.send_error(HTTPStatus.NOT_FOUND, 'No such CGI script (%r)' % scriptname)
            return
        if not os.path.isfile(scriptfile):
            self.send_error(HTTPStatus.FORBIDDEN, 'CGI script is not a plain file (%r)' % scriptname)
            return
        if self.have_fork or not self.is_python(scriptname):
            if not self.is_executable(scriptfile):
                self.send_error(HTTPStatus.FORBIDDEN, 'CGI script is not executable (%r)' % scriptname)
                return
        self.send_error(HTTPStatus.INTERNAL_SERVER_ERROR,
                        'CGI scripts cannot be run in pywasm (no processes)')


def _get_best_family(*address):
    infos = socket.getaddrinfo(*address, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, type, proto, canonname, sockaddr = next(iter(infos))
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol='HTTP/1.0', port=8000, bind=None):
    """Serve HTTP on `port` until interrupted (in pywasm, making the
    server raises OSError: there are no sockets)."""
    ServerClass.address_family, addr = _get_best_family(bind, port)
    HandlerClass.protocol_version = protocol
    with ServerClass(addr, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        url_host = '[%s]' % host if ':' in host else host
        print('Serving HTTP on %s port %s (http://%s:%s/) ...' % (host, port, url_host, port))
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print('\nKeyboard interrupt received, exiting.')
            sys.exit(0)
