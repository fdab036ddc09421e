# wsgiref.validate.validator: a correct application passes unchanged;
# each kind of misuse raises AssertionError or warns WSGIWarning.
import io
import warnings
from wsgiref.validate import validator, WSGIWarning, check_environ, check_status, check_headers
from wsgiref.handlers import SimpleHandler
from wsgiref.util import setup_testing_defaults


def env(**kw):
    e = {'QUERY_STRING': ''}
    setup_testing_defaults(e)
    e.update(kw)
    return e


DATE = ('Date', 'Mon, 01 Jan 2024 00:00:00 GMT')


def good(environ, start_response):
    data = environ['wsgi.input'].read(3)
    line = environ['wsgi.input'].readline()
    rest = environ['wsgi.input'].readlines()
    environ['wsgi.errors'].write('log\n')
    environ['wsgi.errors'].writelines(['a\n', 'b\n'])
    environ['wsgi.errors'].flush()
    write = start_response('200 OK', [('Content-Type', 'text/plain'), DATE])
    write(b'early ')
    return [data, b'|', line, b'|', b''.join(rest)]


app = validator(good)
out = io.BytesIO()
err = io.StringIO()
SimpleHandler(io.BytesIO(b'abcdef\nghi\njkl'), out, err, env()).run(app)
print(out.getvalue())
print(repr(err.getvalue()))


def run(app, environ=None, call_kw=False):
    environ = environ if environ is not None else env()
    status = []

    def start_response(*args, **kw):
        status.append(args[:2])
        return lambda data: None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            lint = validator(app)
            if call_kw:
                it = lint(environ, start_response=start_response)
            else:
                it = lint(environ, start_response)
            body = list(it)
            it.close()
            print('ok', status, body)
        except AssertionError as e:
            print('AssertionError', e.args)
    for w in caught:
        print('  warning', w.category.__name__, w.message)


def returning(body=None, status='200 OK', headers=None, exc=False):
    def app(environ, start_response):
        if exc:
            start_response(status, headers if headers is not None else [('Content-Type', 'text/plain')], 'notatuple')
        else:
            start_response(status, headers if headers is not None else [('Content-Type', 'text/plain')])
        return body if body is not None else [b'x']
    return app


run(returning())
run(returning(), call_kw=True)
run(returning(body=b'bytes body'))
run(returning(body='str body'))
run(returning(body=[u'text']))
run(returning(body=None, status='200 OK'))
run(lambda e, s: None)
run(returning(status='20 OK'))
run(returning(status='099 Low'))
run(returning(status='200OK'))
run(returning(status='200  Two spaces'))
run(returning(status=200))
run(returning(headers=()))
run(returning(headers=[['Content-Type', 'x']]))
run(returning(headers=[('Content-Type', 'x', 'y')]))
run(returning(headers=[('Status', '200'), ('Content-Type', 'x')]))
run(returning(headers=[('Bad:Name', 'x')]))
run(returning(headers=[('1Bad', 'x')]))
run(returning(headers=[('Ends-', 'x')]))
run(returning(headers=[('Content-Type', 'bad\x01value')]))
run(returning(headers=[('X-Other', 'v')]))
run(returning(status='204 No Content', headers=[('Content-Type', 'x')], body=[]))
run(returning(status='204 No Content', headers=[], body=[]))
run(returning(status='304 Not Modified', headers=[], body=[]))
run(returning(exc=True))


def kw_start(environ, start_response):
    start_response('200 OK', headers=[('Content-Type', 'x')])
    return []


def str_write(environ, start_response):
    start_response('200 OK', [('Content-Type', 'x')])('text')
    return []


def bad_input(environ, start_response):
    environ['wsgi.input'].read()
    return []


def close_input(environ, start_response):
    environ['wsgi.input'].close()
    return []


def close_errors(environ, start_response):
    environ['wsgi.errors'].close()
    return []


def bytes_errors(environ, start_response):
    environ['wsgi.errors'].write(b'x')
    return []


def late_start(environ, start_response):
    def gen():
        yield b'x'
    return gen()


run(kw_start)
run(str_write)
run(bad_input)
run(close_input)
run(close_errors)
run(bytes_errors)
run(late_start)

for e in [env(), dict(env(), REQUEST_METHOD='BREW'), {k: v for k, v in env().items() if k != 'QUERY_STRING'},
          dict(env(), HTTP_CONTENT_TYPE='x'), dict(env(), SERVER_PORT=80), dict(env(), **{'wsgi.version': [1, 0]}),
          dict(env(), **{'wsgi.url_scheme': 'ftp'}), dict(env(), SCRIPT_NAME='app'), dict(env(), PATH_INFO='x'),
          dict(env(), CONTENT_LENGTH='-1'), dict(env(), SCRIPT_NAME='/'), {k: v for k, v in env().items() if k != 'SERVER_NAME'},
          dict(env(), **{'wsgi.input': object()}), dict(env(), **{'wsgi.errors': io.BytesIO()}),
          dict(env(), **{'wsgi.other': 5})]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            check_environ(e)
            print('environ ok')
        except AssertionError as x:
            msg = x.args[0] if x.args else ''
            print('AssertionError', msg.split(' (')[0] if 'wsgi.input (' in msg or 'wsgi.errors (' in msg else msg)
    for w in caught:
        print('  warning', w.category.__name__, w.message)


class D(dict):
    pass


try:
    check_environ(D())
except AssertionError as x:
    print('AssertionError', x.args[0][:40])
try:
    validator(returning())(env())
except AssertionError as x:
    print('AssertionError', x.args)
print(issubclass(WSGIWarning, Warning))
