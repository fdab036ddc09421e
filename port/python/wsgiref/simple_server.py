"""A small WSGI server on top of http.server, for trying applications.

WSGIServer is an http.server.HTTPServer, so creating one needs a socket;
pywasm has none, and make_server() raises socketserver's OSError.  The
request handler's environ building, ServerHandler and demo_app work."""

import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from wsgiref.handlers import SimpleHandler

__version__ = "0.2"
__all__ = ['WSGIServer', 'WSGIRequestHandler', 'demo_app', 'make_server']


def _implementation():
    from platform import python_implementation
    return python_implementation()


server_version = "WSGIServer/" + __version__
sys_version = "%s/%s" % (_implementation(), sys.version.split()[0])
software_version = "%s %s" % (server_version, sys_version)

# longest request line accepted (http.server uses the same bound)
_MAX_LINE = 65536


class ServerHandler(SimpleHandler):

    server_software = software_version

    def close(self):
        # log "code size" for the request once the response is complete
        code = self.status.split(' ', 1)[0]
        try:
            self.request_handler.log_request(code, self.bytes_sent)
        finally:
            SimpleHandler.close(self)


class WSGIServer(HTTPServer):

    application = None

    def server_bind(self):
        # the base environ needs the bound name and port
        HTTPServer.server_bind(self)
        self.setup_environ()

    def setup_environ(self):
        self.base_environ = {
            'SERVER_NAME': self.server_name, 'GATEWAY_INTERFACE': 'CGI/1.1',
            'SERVER_PORT': str(self.server_port), 'REMOTE_HOST': '', 'CONTENT_LENGTH': '',
            'SCRIPT_NAME': '',
        }

    def set_app(self, application):
        self.application = application

    def get_app(self):
        return self.application


class WSGIRequestHandler(BaseHTTPRequestHandler):

    server_version = "WSGIServer/" + __version__

    def _header_vars(self, env):
        # HTTP_* variables; a repeated header joins its values with ','.
        # Names already present (CONTENT_TYPE, CONTENT_LENGTH) are skipped.
        for name, value in self.headers.items():
            cgi_name = name.replace('-', '_').upper()
            if cgi_name in env:
                continue
            key = 'HTTP_' + cgi_name
            value = value.strip()
            env[key] = env[key] + ',' + value if key in env else value

    def get_environ(self):
        from urllib.parse import unquote
        env = self.server.base_environ.copy()
        path, _, query = self.path.partition('?')
        for key, value in (('SERVER_PROTOCOL', self.request_version),
                           ('SERVER_SOFTWARE', self.server_version), ('REQUEST_METHOD', self.command)):
            env[key] = value
        env['PATH_INFO'] = unquote(path, 'iso-8859-1')
        env['QUERY_STRING'] = query
        peer = self.client_address[0]
        name = self.address_string()
        if name != peer:
            env['REMOTE_HOST'] = name
        env['REMOTE_ADDR'] = peer
        ctype = self.headers.get('content-type')
        env['CONTENT_TYPE'] = ctype if ctype is not None else self.headers.get_content_type()
        length = self.headers.get('content-length')
        if length:
            env['CONTENT_LENGTH'] = length
        self._header_vars(env)
        return env

    def get_stderr(self):
        return sys.stderr

    def handle(self):
        line = self.rfile.readline(_MAX_LINE + 1)
        self.raw_requestline = line
        if len(line) > _MAX_LINE:
            # send_error wants these set even though nothing was parsed
            self.requestline = self.request_version = self.command = ''
            self.send_error(414)
            return
        if not self.parse_request():
            # parse_request has already answered with the error
            return
        runner = ServerHandler(self.rfile, self.wfile, self.get_stderr(), self.get_environ(),
                               multithread=False)
        runner.request_handler = self
        runner.run(self.server.get_app())


def demo_app(environ, start_response):
    # "Hello world!", a blank line, then the sorted environ
    lines = ["Hello world!", ""]
    lines.extend("%s = %r" % item for item in sorted(environ.items()))
    start_response("200 OK", [('Content-Type', 'text/plain; charset=utf-8')])
    return [("\n".join(lines) + "\n").encode("utf-8")]


def make_server(host, port, app, server_class=WSGIServer, handler_class=WSGIRequestHandler):
    server = server_class((host, port), handler_class)
    server.set_app(app)
    return server
