"""Helpers for WSGI environ dictionaries: URL reconstruction, path
shifting, test defaults, FileWrapper and the hop-by-hop header test."""

__all__ = [
    'FileWrapper', 'guess_scheme', 'application_uri', 'request_uri',
    'shift_path_info', 'setup_testing_defaults',
]


class FileWrapper:
    # Iterates a file-like object in blocks of blksize bytes; its close()
    # (if any) is exposed so a server can close the file after sending.

    def __init__(self, filelike, blksize=8192):
        self.blksize = blksize
        self.filelike = filelike
        closer = getattr(filelike, 'close', None)
        if closer is not None:
            self.close = closer

    def __next__(self):
        chunk = self.filelike.read(self.blksize)
        if not chunk:
            raise StopIteration
        return chunk

    def __iter__(self):
        return self


def guess_scheme(environ):
    # CGI servers set HTTPS to one of these when the request came over TLS
    if environ.get("HTTPS") in ('yes', 'on', '1'):
        return 'https'
    return 'http'


_DEFAULT_PORT = {'http': '80', 'https': '443'}


def application_uri(environ):
    from urllib.parse import quote
    scheme = environ['wsgi.url_scheme']
    host = environ.get('HTTP_HOST')
    if not host:
        host = environ['SERVER_NAME']
        port = environ['SERVER_PORT']
        # only a non-standard port is spelled out (any non-https scheme
        # counts as http here)
        if port != _DEFAULT_PORT['https' if scheme == 'https' else 'http']:
            host = host + ':' + port
    script = quote(environ.get('SCRIPT_NAME') or '/', encoding='latin1')
    return '%s://%s%s' % (scheme, host, script)


def request_uri(environ, include_query=True):
    from urllib.parse import quote
    path = quote(environ.get('PATH_INFO', ''), safe='/;=,', encoding='latin1')
    if not environ.get('SCRIPT_NAME'):
        # application_uri already ended with the '/' standing for the root
        path = path[1:]
    uri = application_uri(environ) + path
    query = environ.get('QUERY_STRING') if include_query else ''
    return uri + '?' + query if query else uri


def shift_path_info(environ):
    # Moves the first segment of PATH_INFO onto SCRIPT_NAME and returns it
    # (None when PATH_INFO is empty).  A PATH_INFO of just '/' yields ''
    # and leaves SCRIPT_NAME ending in '/', so '/x' and '/x/' differ.
    import posixpath
    path = environ.get('PATH_INFO', '')
    if not path:
        return None
    pieces = path.split('/')
    if len(pieces) > 1:
        # inner empty and '.' segments mean nothing; the last one is kept
        # even when empty, since it records a trailing slash
        inner = [seg for seg in pieces[1:-1] if seg not in ('', '.')]
        pieces = [pieces[0]] + inner + [pieces[-1]]
    segment = pieces.pop(1)
    script = posixpath.normpath(environ.get('SCRIPT_NAME', '') + '/' + segment)
    if script[-1:] == '/':
        script = script[:-1]
    if segment == '' and script[-1:] != '/':
        script = script + '/'
    environ['PATH_INFO'] = '/'.join(pieces)
    environ['SCRIPT_NAME'] = script
    # a lone final '.' is not a name
    return None if segment == '.' else segment


def setup_testing_defaults(environ):
    # Fills in whatever a WSGI environ needs and is missing, with fake
    # values; existing keys are left alone.  For tests only.
    from io import StringIO, BytesIO
    fill = environ.setdefault
    fill('SERVER_NAME', '127.0.0.1')
    fill('SERVER_PROTOCOL', 'HTTP/1.0')
    fill('HTTP_HOST', environ['SERVER_NAME'])
    fill('REQUEST_METHOD', 'GET')
    if 'PATH_INFO' not in environ and 'SCRIPT_NAME' not in environ:
        fill('SCRIPT_NAME', '')
        fill('PATH_INFO', '/')
    for key, value in (('wsgi.version', (1, 0)), ('wsgi.run_once', 0), ('wsgi.multithread', 0),
                       ('wsgi.multiprocess', 0)):
        fill(key, value)
    if 'wsgi.input' not in environ:
        environ['wsgi.input'] = BytesIO()
    if 'wsgi.errors' not in environ:
        environ['wsgi.errors'] = StringIO()
    scheme = fill('wsgi.url_scheme', guess_scheme(environ))
    if scheme in _DEFAULT_PORT:
        fill('SERVER_PORT', _DEFAULT_PORT[scheme])


_HOP_BY_HOP = frozenset(('connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
                         'te', 'trailers', 'transfer-encoding', 'upgrade'))


def is_hop_by_hop(header_name):
    return header_name.lower() in _HOP_BY_HOP
