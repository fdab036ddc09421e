"""XML-RPC servers: SimpleXMLRPCDispatcher (registration, system.*
introspection and multicall, _marshaled_dispatch), the HTTP request
handler, SimpleXMLRPCServer / MultiPathXMLRPCServer (socketserver based, so
they raise where pywasm has no sockets) and CGIXMLRPCRequestHandler.
The pydoc-based DocXMLRPCServer classes are not provided."""

import os
import sys
from http.server import BaseHTTPRequestHandler
import socketserver
from xmlrpc.client import Fault, dumps, loads, gzip_encode, gzip_decode


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    # Names starting with "_" are refused at every step: remote callers
    # must not reach private state through a dotted path.
    steps = attr.split('.') if allow_dotted_names else (attr,)
    target = obj
    for step in steps:
        if step[:1] == '_':
            raise AttributeError('attempt to access private attribute "%s"' % step)
        target = getattr(target, step)
    return target


def list_public_methods(obj):
    found = []
    for name in dir(obj):
        if name[:1] != '_' and callable(getattr(obj, name)):
            found.append(name)
    return found


def _help_text(func):
    # what pydoc.getdoc gives: the cleaned docstring, '' when there is none
    import inspect
    text = inspect.getdoc(func)
    return text.rstrip() if text else ''


def _fault_from(exc):
    # any non-Fault error reaches the client as fault 1 "<class ...>:message"
    if isinstance(exc, Fault):
        return exc
    return Fault(1, "%s:%s" % (type(exc), exc))


def _unsupported(method):
    return Exception('method "%s" is not supported' % method)


class SimpleXMLRPCDispatcher:

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'
        self.use_builtin_types = use_builtin_types
        # name -> callable, and the optional fallback object
        self.funcs = {}
        self.instance = None

    def register_instance(self, instance, allow_dotted_names=False):
        # one instance at a time; registered functions win over it
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function=None, name=None):
        if function is None:
            # used as @register_function(name=...): wait for the function
            def later(func):
                return self.register_function(func, name)
            return later
        self.funcs[function.__name__ if name is None else name] = function
        return function

    def register_introspection_functions(self):
        for name in ('listMethods', 'methodSignature', 'methodHelp'):
            self.funcs['system.' + name] = getattr(self, 'system_' + name)

    def register_multicall_functions(self):
        self.funcs['system.multicall'] = self.system_multicall

    def _encoded(self, payload, **kw):
        text = dumps(payload, allow_none=self.allow_none, encoding=self.encoding, **kw)
        return text.encode(self.encoding, 'xmlcharrefreplace')

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        # Every failure, including one while marshalling the result,
        # becomes a fault response rather than an exception.
        try:
            params, method = loads(data, use_builtin_types=self.use_builtin_types)
            call = self._dispatch if dispatch_method is None else dispatch_method
            return self._encoded((call(method, params),), methodresponse=1)
        except BaseException as exc:
            return self._encoded(_fault_from(exc))

    def _instance_method(self, name):
        # the instance attribute a call name refers to, or None
        try:
            return resolve_dotted_attribute(self.instance, name, self.allow_dotted_names)
        except AttributeError:
            return None

    def system_listMethods(self):
        names = set(self.funcs)
        inst = self.instance
        if inst is not None:
            if hasattr(inst, '_listMethods'):
                names.update(inst._listMethods())
            elif not hasattr(inst, '_dispatch'):
                names.update(list_public_methods(inst))
        return sorted(names)

    def system_methodSignature(self, method_name):
        # signatures are not tracked; this is the agreed "unknown" answer
        return 'signatures not supported'

    def system_methodHelp(self, method_name):
        inst = self.instance
        if method_name in self.funcs:
            target = self.funcs[method_name]
        elif inst is None:
            target = None
        elif hasattr(inst, '_methodHelp'):
            return inst._methodHelp(method_name)
        elif hasattr(inst, '_dispatch'):
            # a _dispatch instance has no attributes to document
            target = None
        else:
            target = self._instance_method(method_name)
        return "" if target is None else _help_text(target)

    def system_multicall(self, call_list):
        answers = []
        for entry in call_list:
            # a malformed entry (no methodName/params) fails the whole call
            name, params = entry['methodName'], entry['params']
            try:
                answers.append([self._dispatch(name, params)])
            except BaseException as exc:
                fault = _fault_from(exc)
                answers.append({'faultCode': fault.faultCode, 'faultString': fault.faultString})
        return answers

    def _dispatch(self, method, params):
        if method in self.funcs:
            # a name registered as None is explicitly switched off
            func = self.funcs[method]
            if func is None:
                raise _unsupported(method)
            return func(*params)
        inst = self.instance
        if inst is None:
            raise _unsupported(method)
        if hasattr(inst, '_dispatch'):
            return inst._dispatch(method, params)
        func = self._instance_method(method)
        if func is None:
            raise _unsupported(method)
        return func(*params)


def _parse_coding(item):
    # One Accept-Encoding entry, "coding [; q=value]"; a missing or
    # unreadable q counts as 1.0.  None for an empty entry.
    text = item.lstrip()
    end = 0
    while end < len(text) and text[end] != ';' and not text[end].isspace():
        end += 1
    if not end:
        return None
    coding, tail = text[:end], text[end:].lstrip()
    weight = 1.0
    if tail[:1] == ';':
        tail = tail[1:].lstrip()
        if tail[:1] in ('q', 'Q'):
            tail = tail[1:].lstrip()
            if tail[:1] == '=':
                tail = tail[1:].lstrip()
                digits = 0
                while digits < len(tail) and tail[digits] in '0123456789.':
                    digits += 1
                if digits:
                    weight = float(tail[:digits])
    return coding, weight


_MAX_READ = 10 * 1024 * 1024


class SimpleXMLRPCRequestHandler(BaseHTTPRequestHandler):

    rpc_paths = ('/', '/RPC2', '/pydoc.css')
    # responses longer than this are gzipped for clients that accept it
    encode_threshold = 1400
    wbufsize = -1
    disable_nagle_algorithm = True

    def accept_encodings(self):
        weights = {}
        for item in self.headers.get("Accept-Encoding", "").split(","):
            parsed = _parse_coding(item)
            if parsed is not None:
                weights[parsed[0]] = parsed[1]
        return weights

    def is_rpc_path_valid(self):
        # an empty rpc_paths accepts every path
        return not self.rpc_paths or self.path in self.rpc_paths

    def _read_body(self):
        # read in bounded pieces so a huge Content-Length is not trusted
        left = int(self.headers["content-length"])
        pieces = []
        while left:
            piece = self.rfile.read(min(left, _MAX_READ))
            if not piece:
                break
            pieces.append(piece)
            left -= len(piece)
        return b''.join(pieces)

    def _fail_500(self, exc):
        self.send_response(500)
        if getattr(self.server, '_send_traceback_header', False):
            import traceback
            self.send_header("X-exception", str(exc))
            trace = traceback.format_exc().encode('ASCII', 'backslashreplace')
            self.send_header("X-traceback", trace.decode('ASCII'))
        self.send_header("Content-length", "0")
        self.end_headers()

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        try:
            data = self.decode_request_content(self._read_body())
            if data is None:
                # decode_request_content already answered
                return
            answer = self.server._marshaled_dispatch(data, getattr(self, '_dispatch', None), self.path)
        except Exception as exc:
            self._fail_500(exc)
            return
        self.send_response(200)
        self.send_header("Content-type", "text/xml")
        limit = self.encode_threshold
        if limit is not None and len(answer) > limit and self.accept_encodings().get("gzip", 0):
            answer = gzip_encode(answer)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def decode_request_content(self, data):
        coding = self.headers.get("content-encoding", "identity").lower()
        if coding == "identity":
            return data
        if coding != "gzip":
            self.send_response(501, "encoding %r not supported" % coding)
        else:
            try:
                return gzip_decode(data)
            except ValueError:
                self.send_response(400, "error decoding gzip content")
        self.send_header("Content-length", "0")
        self.end_headers()
        return None

    def report_404(self):
        page = b'No such page'
        self.send_response(404)
        self.send_header("Content-type", "text/plain")
        self.send_header("Content-length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_request(self, code='-', size='-'):
        if self.server.logRequests:
            BaseHTTPRequestHandler.log_request(self, code, size)


class SimpleXMLRPCServer(socketserver.TCPServer, SimpleXMLRPCDispatcher):

    allow_reuse_address = True
    # set true to send the traceback of a failed request in headers
    _send_traceback_header = False

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True, use_builtin_types=False):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)
        socketserver.TCPServer.__init__(self, addr, requestHandler, bind_and_activate)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    # one dispatcher per request path

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True, use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none, encoding,
                                    bind_and_activate, use_builtin_types)
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'
        self.dispatchers = {}

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def add_dispatcher(self, path, dispatcher):
        self.dispatchers[path] = dispatcher
        return dispatcher

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            target = self.dispatchers[path]
            return target._marshaled_dispatch(data, dispatch_method, path)
        except BaseException as exc:
            # e.g. no dispatcher for the path: report it as a fault
            text = dumps(_fault_from(exc), encoding=self.encoding, allow_none=self.allow_none)
            return text.encode(self.encoding, 'xmlcharrefreplace')


class CGIXMLRPCRequestHandler(SimpleXMLRPCDispatcher):
    # One request per process: the body on stdin (or given), the answer
    # with its CGI headers on stdout.

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)

    def _reply(self, header_lines, body):
        # headers through the text layer, then the body as raw bytes
        sys.stdout.write(''.join(line + '\n' for line in header_lines) + '\n')
        sys.stdout.flush()
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()

    def handle_xmlrpc(self, request_text):
        answer = self._marshaled_dispatch(request_text)
        self._reply(('Content-Type: text/xml', 'Content-Length: %d' % len(answer)), answer)

    def handle_get(self):
        # XML-RPC only uses POST: answer a GET with the standard 400 page
        import http.server
        message, explain = BaseHTTPRequestHandler.responses[400]
        page = http.server.DEFAULT_ERROR_MESSAGE % {'code': 400, 'message': message, 'explain': explain}
        page = page.encode('utf-8')
        self._reply(('Status: 400 %s' % message,
                     'Content-Type: %s' % http.server.DEFAULT_ERROR_CONTENT_TYPE,
                     'Content-Length: %d' % len(page)), page)

    def handle_request(self, request_text=None):
        if request_text is None:
            if os.environ.get('REQUEST_METHOD') == 'GET':
                self.handle_get()
                return
            try:
                size = int(os.environ.get('CONTENT_LENGTH'))
            except (TypeError, ValueError):
                size = -1
            request_text = sys.stdin.read(size)
        self.handle_xmlrpc(request_text)
