"""WSGI conformance checker: validator(app) wraps an application so that
every call, start_response, body item and stream access is checked against
PEP 3333; misuse raises AssertionError, doubtful input warns WSGIWarning."""

__all__ = ['validator']

import sys
import warnings


class WSGIWarning(Warning):
    pass


def assert_(cond, *args):
    # kept public (CPython exports it); the messages below go through _fail
    if not cond:
        raise AssertionError(*args)


def _fail(*msg):
    raise AssertionError(*msg)


def check_string_type(value, title):
    if type(value) is not str:
        _fail("{0} must be of type str (got {1})".format(title, repr(value)))
    return value


# Methods the spec lists; anything else only earns a warning.
_KNOWN_METHODS = frozenset(('GET', 'HEAD', 'POST', 'OPTIONS', 'PATCH', 'PUT', 'DELETE', 'TRACE'))
_MUST_HAVE = ('REQUEST_METHOD', 'SERVER_NAME', 'SERVER_PORT', 'wsgi.version', 'wsgi.input',
              'wsgi.errors', 'wsgi.multithread', 'wsgi.multiprocess', 'wsgi.run_once')
_NAME_START = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_NAME_CHARS = _NAME_START | frozenset('0123456789-_')
_STREAM_ATTRS = {
    'wsgi.input': ('read', 'readline', 'readlines', '__iter__'),
    'wsgi.errors': ('flush', 'write', 'writelines'),
}


def _need_attrs(kind, stream):
    for attr in _STREAM_ATTRS[kind]:
        if not hasattr(stream, attr):
            _fail("%s (%r) doesn't have the attribute %s" % (kind, stream, attr))


def check_input(wsgi_input):
    _need_attrs('wsgi.input', wsgi_input)


def check_errors(wsgi_errors):
    _need_attrs('wsgi.errors', wsgi_errors)


def check_environ(environ):
    if type(environ) is not dict:
        _fail("Environment is not of the right type: %r (environment: %r)" % (type(environ), environ))
    absent = [k for k in _MUST_HAVE if k not in environ]
    if absent:
        _fail("Environment missing required key: %r" % (absent[0],))
    for cgi_name in ('CONTENT_TYPE', 'CONTENT_LENGTH'):
        if 'HTTP_' + cgi_name in environ:
            _fail("Environment should not have the key: HTTP_%s (use %s instead)" % (cgi_name, cgi_name))
    if 'QUERY_STRING' not in environ:
        warnings.warn('QUERY_STRING is not in the WSGI environment; the cgi module will use '
                      'sys.argv when this variable is missing, so application errors are more likely',
                      WSGIWarning)
    # Plain CGI names must map to str; dotted (extension) names are free-form.
    for name, val in environ.items():
        if '.' not in name and type(val) is not str:
            _fail("Environmental variable %s is not a string: %r (value: %r)" % (name, type(val), val))
    version = environ['wsgi.version']
    if type(version) is not tuple:
        _fail("wsgi.version should be a tuple (%r)" % (version,))
    scheme = environ['wsgi.url_scheme']
    if scheme not in ('http', 'https'):
        _fail("wsgi.url_scheme unknown: %r" % scheme)
    check_input(environ['wsgi.input'])
    check_errors(environ['wsgi.errors'])
    method = environ['REQUEST_METHOD']
    if method not in _KNOWN_METHODS:
        warnings.warn("Unknown REQUEST_METHOD: %r" % method, WSGIWarning)
    script = environ.get('SCRIPT_NAME')
    path = environ.get('PATH_INFO')
    for label, val in (('SCRIPT_NAME', script), ('PATH_INFO', path)):
        if val and not val.startswith('/'):
            _fail("%s doesn't start with /: %r" % (label, val))
    length = environ.get('CONTENT_LENGTH')
    if length and int(length) < 0:
        _fail("Invalid CONTENT_LENGTH: %r" % length)
    if not script and 'PATH_INFO' not in environ:
        _fail("One of SCRIPT_NAME or PATH_INFO are required (PATH_INFO should at least be '/' "
              "if SCRIPT_NAME is empty)")
    if script == '/':
        _fail("SCRIPT_NAME cannot be '/'; it should instead be '', and PATH_INFO should be '/'")


def check_status(status):
    text = check_string_type(status, "Status")
    digits = text.split(None, 1)[0]
    if len(digits) != 3:
        _fail("Status codes must be three characters: %r" % digits)
    number = int(digits)
    if number < 100:
        _fail("Status code is invalid: %r" % number)
    if text[3:4] != ' ':
        warnings.warn("The status string (%r) should be a three-digit integer followed by a single "
                      "space and a status explanation" % text, WSGIWarning)


def _check_header_name(name):
    if '\n' in name or ':' in name:
        _fail("Header names may not contain ':' or '\\n': %r" % name)
    if not name or name[0] not in _NAME_START or any(c not in _NAME_CHARS for c in name):
        _fail("Bad header name: %r" % name)
    if name[-1] in '-_':
        _fail("Names may not end in '-' or '_': %r" % name)


def check_headers(headers):
    if type(headers) is not list:
        _fail("Headers (%r) must be of type list: %r" % (headers, type(headers)))
    for pair in headers:
        if type(pair) is not tuple:
            _fail("Individual headers (%r) must be of type tuple: %r" % (pair, type(pair)))
        if len(pair) != 2:
            _fail()
        name = check_string_type(pair[0], "Header name")
        value = check_string_type(pair[1], "Header value")
        if name.lower() == 'status':
            _fail("The Status header cannot be used; it conflicts with CGI script, and HTTP status "
                  "is not given through headers (value: %r)." % value)
        _check_header_name(name)
        for ch in value:
            if ch < ' ':
                _fail("Bad header value: %r (bad char: %r)" % (value, ch))


def check_content_type(status, headers):
    code = int(check_string_type(status, "Status").split(None, 1)[0])
    bodiless = code in (204, 304)
    has_type = False
    for name, _ in headers:
        if check_string_type(name, "Header name").lower() == 'content-type':
            has_type = True
            break
    if has_type and bodiless:
        _fail("Content-Type header found in a %s response, which must not return content." % code)
    if not has_type and not bodiless:
        _fail("No Content-Type header found in headers (%s)" % headers)


def check_exc_info(exc_info):
    if exc_info is not None and type(exc_info) is not tuple:
        _fail("exc_info (%r) is not a tuple: %r" % (exc_info, type(exc_info)))


def check_iterator(iterator):
    if isinstance(iterator, (str, bytes)):
        _fail("You should not return a string as your application iterator, "
              "instead return a single-item list containing a bytestring.")


def _bytes_only(value):
    if type(value) is not bytes:
        _fail()
    return value


class InputWrapper:
    # wsgi.input as the application sees it: bytes only, never closed.

    def __init__(self, wsgi_input):
        self.input = wsgi_input

    def read(self, *size):
        if len(size) != 1:
            _fail()
        return _bytes_only(self.input.read(*size))

    def readline(self, *size):
        if len(size) > 1:
            _fail()
        return _bytes_only(self.input.readline(*size))

    def readlines(self, *hint):
        if len(hint) > 1:
            _fail()
        got = self.input.readlines(*hint)
        if type(got) is not list:
            _fail()
        for item in got:
            _bytes_only(item)
        return got

    def __iter__(self):
        line = self.readline()
        while line:
            yield line
            line = self.readline()

    def close(self):
        _fail("input.close() must not be called")


class ErrorWrapper:
    # wsgi.errors: text only, never closed by the application.

    def __init__(self, wsgi_errors):
        self.errors = wsgi_errors

    def write(self, s):
        if type(s) is not str:
            _fail()
        self.errors.write(s)

    def writelines(self, seq):
        for piece in seq:
            self.write(piece)

    def flush(self):
        self.errors.flush()

    def close(self):
        _fail("errors.close() must not be called")


class WriteWrapper:
    # the write() callable start_response hands back

    def __init__(self, wsgi_writer):
        self.writer = wsgi_writer

    def __call__(self, s):
        self.writer(_bytes_only(s))


class IteratorWrapper:
    # started is the shared list start_response appends to (None when the
    # ordering should not be checked): by the first body item it must be set.

    def __init__(self, wsgi_iterator, check_start_response):
        self.closed = False
        self.check_start_response = check_start_response
        # the original is kept for its close(); iteration goes through iter()
        self.original_iterator, self.iterator = wsgi_iterator, iter(wsgi_iterator)

    def __next__(self):
        if self.closed:
            _fail("Iterator read after closed")
        item = next(self.iterator)
        if type(item) is not bytes:
            _fail("Iterator yielded non-bytestring (%r)" % (item,))
        pending = self.check_start_response
        if pending is not None:
            if not pending:
                _fail("The application returns and we started iterating over its body, "
                      "but start_response has not yet been called")
            self.check_start_response = None
        return item

    def __iter__(self):
        return self

    def close(self):
        self.closed = True
        closer = getattr(self.original_iterator, 'close', None)
        if closer is not None:
            closer()

    def __del__(self):
        # Nothing can be raised usefully from a finalizer, so also say it on stderr.
        if not self.closed:
            msg = "Iterator garbage collected without being closed"
            sys.stderr.write(msg)
            _fail(msg)


class PartialIteratorWrapper:

    def __init__(self, wsgi_iterator):
        self.iterator = wsgi_iterator

    def __iter__(self):
        return IteratorWrapper(self.iterator, None)


class _StartResponseCheck:
    # Stands in for the server's start_response while the application runs.

    def __init__(self, real):
        self.real = real
        self.calls = []

    def __call__(self, *args, **kw):
        if len(args) not in (2, 3):
            _fail("Invalid number of arguments: %s" % (args,))
        if kw:
            _fail("No keyword arguments allowed")
        status, headers = args[0], args[1]
        check_status(status)
        check_headers(headers)
        check_content_type(status, headers)
        check_exc_info(args[2] if len(args) == 3 else None)
        self.calls.append(None)
        return WriteWrapper(self.real(*args))


def validator(application):

    def lint_app(*args, **kw):
        if len(args) != 2:
            _fail("Two arguments required")
        if kw:
            _fail("No keyword arguments allowed")
        environ, start_response = args
        check_environ(environ)
        checker = _StartResponseCheck(start_response)
        environ['wsgi.input'] = InputWrapper(environ['wsgi.input'])
        environ['wsgi.errors'] = ErrorWrapper(environ['wsgi.errors'])
        result = application(environ, checker)
        if result is None or result == False:
            _fail("The application must return an iterator, if only an empty list")
        check_iterator(result)
        return IteratorWrapper(result, checker.calls)

    return lint_app
