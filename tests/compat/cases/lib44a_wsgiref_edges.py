# wsgiref edge cases beyond lib44s_wsgiref_*: handler hooks (sendfile,
# cleanup_headers, Content-Length rules), CGI and HTTP/0.9 output, IIS path
# fix, shift_path_info corners, validator stream wrappers, Headers params.
import io
import os
import sys
import warnings
from wsgiref import util, validate
from wsgiref.handlers import SimpleHandler, BaseCGIHandler, IISCGIHandler, BaseHandler
from wsgiref.headers import Headers

DATE = ('Date', 'Mon, 01 Jan 2024 00:00:00 GMT')


def env(**kw):
    e = {'QUERY_STRING': ''}
    util.setup_testing_defaults(e)
    e.update(kw)
    return e


def run(cls, app, environ=None, **kw):
    out = io.BytesIO()
    err = io.StringIO()
    h = cls(io.BytesIO(b'in'), out, err, environ or env(), **kw)
    h.run(app)
    return out.getvalue(), err.getvalue()


def blocks(*parts, status='200 OK', headers=None):
    def app(environ, start_response):
        start_response(status, headers if headers is not None else [('Content-Type', 'text/plain'), DATE])
        return list(parts)
    return app


# Content-Length only for a single block or an empty body
print(run(SimpleHandler, blocks(b'one'))[0])
print(run(SimpleHandler, blocks(b'a', b'b'))[0])
print(run(SimpleHandler, blocks())[0])
print(run(SimpleHandler, blocks(b'x', headers=[DATE, ('Content-Length', '99')]))[0])
print(run(SimpleHandler, blocks(b'', b'late'))[0])
print(run(BaseCGIHandler, blocks(b'cgi'))[0])
print(run(BaseCGIHandler, blocks(b'cgi'), env(SERVER_PROTOCOL='HTTP/0.9'))[0])
print(run(SimpleHandler, blocks(b'nine'), env(SERVER_PROTOCOL='http/0.9'))[0])


def gen_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    yield b'g1'
    yield b'g2'


print(run(SimpleHandler, gen_app)[0])


class Sending(SimpleHandler):
    server_software = 'Soft/2'
    http_version = '1.1'
    sent = None

    def sendfile(self):
        self.send_headers()
        self._write(b'[sent by sendfile]')
        Sending.sent = type(self.result).__name__
        return True

    def cleanup_headers(self):
        SimpleHandler.cleanup_headers(self)
        self.headers['X-Cleaned'] = 'yes'


def file_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    return environ['wsgi.file_wrapper'](io.BytesIO(b'data'))


print(run(Sending, file_app)[0], Sending.sent)
print(run(Sending, blocks(b'abc'))[0])


class NoWrapper(SimpleHandler):
    wsgi_file_wrapper = None


def probe(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    return [repr(('wsgi.file_wrapper' in environ, environ.get('SERVER_SOFTWARE'))).encode()]


print(run(NoWrapper, probe)[0])
print(run(Sending, probe)[0])
print(run(BaseCGIHandler, probe)[0])


# exc_info after the headers went out re-raises the application's error
def late_error(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    yield b'part'
    try:
        raise KeyError('inner')
    except KeyError:
        start_response('500 Oops', [('Content-Type', 'text/plain')], sys.exc_info())


out, err = run(SimpleHandler, late_error)
print(out, 'KeyError' in err)


# exc_info before anything was sent replaces the response
def early_error(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    try:
        raise KeyError('inner')
    except KeyError:
        start_response('503 Busy', [('Content-Type', 'text/plain'), DATE], sys.exc_info())
    return [b'busy']


print(run(SimpleHandler, early_error)[0])

# IIS doubles SCRIPT_NAME into PATH_INFO
saved = dict(os.environ)
real = sys.stdin, sys.stdout
try:
    for script, path in [('/app', '/app/x/y'), ('/app', '/other'), ('/app', '/app'), ('', '/z')]:
        os.environ['SCRIPT_NAME'] = script
        os.environ['PATH_INFO'] = path
        sys.stdin = io.TextIOWrapper(io.BytesIO(b''))
        sys.stdout = io.TextIOWrapper(io.BytesIO())
        h = IISCGIHandler()
        print(script, path, '->', repr(h.base_env['PATH_INFO']), h.wsgi_multithread, h.wsgi_multiprocess,
              h.wsgi_run_once, h.origin_server)
finally:
    sys.stdin, sys.stdout = real
    os.environ.clear()
    os.environ.update(saved)

# shift_path_info corners
for script, path in [('', '/a/'), ('/s', '/.'), ('/s', '/./'), ('', '/a/../b'), ('/', '/x'), ('/a/b', '/..')]:
    e = {'SCRIPT_NAME': script, 'PATH_INFO': path}
    print(repr(util.shift_path_info(e)), e)
try:
    util.shift_path_info({'PATH_INFO': 'noslash'})
except IndexError:
    print('IndexError for a PATH_INFO without /')
print(util.request_uri(env(PATH_INFO='/a b', QUERY_STRING='q=1')), util.application_uri(env(SCRIPT_NAME='/\xe9')))

# validator stream wrappers
def streams(environ, start_response):
    inp = environ['wsgi.input']
    print(' ', inp.readline(2), list(inp), inp.readlines())
    environ['wsgi.errors'].writelines([])
    for bad in [lambda: inp.readline(1, 2), lambda: inp.readlines(1, 2), lambda: inp.read(1, 2)]:
        try:
            bad()
        except (AssertionError, TypeError) as e:
            print('  ', type(e).__name__, e.args)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']


e = env()
e['wsgi.input'] = io.BytesIO(b'line1\nline2\n')
lint = validate.validator(streams)
it = lint(e, lambda s, h, exc=None: None)
print(list(it))
it.close()
try:
    next(it)
except AssertionError as x:
    print('AssertionError', x.args)
p = validate.PartialIteratorWrapper([b'a', b'b'])
print(list(p), type(iter(p)).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for status in ['200 OK', '404 Not  Found', '999 X', '200\tTab']:
        try:
            validate.check_status(status)
            print('status ok', repr(status))
        except AssertionError as x:
            print('AssertionError', x.args)
print([str(w.message) for w in caught])
for hs in [[('X_Y', 'v')], [('X-Y_', 'v')], [('Ab9-c', 'v\tx')], [('Caf\xe9', 'v')], [('', 'v')], [('a\nb', 'v')]]:
    try:
        validate.check_headers(hs)
        print('headers ok', hs)
    except AssertionError as x:
        print('AssertionError', x.args)
for args in [('204 No', [('Content-Type', 'x')]), ('304 Not', []), ('200 OK', [('content-TYPE', 'x')]),
             ('200 OK', [('X', 'y'), (1, 'z')])]:
    try:
        validate.check_content_type(*args)
        print('content type ok', args)
    except AssertionError as x:
        print('AssertionError', x.args)
for exc in [None, (1, 2, 3), [1, 2, 3]]:
    try:
        validate.check_exc_info(exc)
        print('exc_info ok', exc)
    except AssertionError as x:
        print('AssertionError', x.args[0][:30])

# Headers: parameter quoting and _ to - in names
h = Headers([])
h.add_header('Content-Disposition', 'attachment', file_name='a b.txt', size='10', flag=None)
h.add_header('X-Only-Params', None, a_b='c"d', e=None)
print(h.items())
print(h.get_all('content-disposition'), h.keys(), h.values())
h['content-disposition'] = 'inline'
print(str(h).split('\r\n'))
print(Headers().items(), len(Headers(None)))
