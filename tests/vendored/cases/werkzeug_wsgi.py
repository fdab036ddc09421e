# werkzeug, the WSGI toolkit under flask, driven in-process as its tests
# do: routing (converters, submounts, redirects, 404/405), Request and
# Response over environs that EnvironBuilder makes, the test Client with
# JSON, forms, file uploads and cookies, datastructures (MultiDict,
# Headers, CallbackDict over dict, TypeConversionDict[K, V]), the http
# helpers and password hashing. Its imports need socketserver,
# http.server and selectors (serving itself is refused: no sockets).
import os
import sys
sys.path.insert(0, os.environ['PYWASM_VENDORED'])
from werkzeug.wrappers import Request, Response
from werkzeug.test import Client, EnvironBuilder, create_environ
from werkzeug.routing import Map, Rule, Submount
from werkzeug.exceptions import HTTPException, BadRequest, MethodNotAllowed
from werkzeug.datastructures import MultiDict, Headers, ImmutableMultiDict, FileStorage, Accept, MIMEAccept, CombinedMultiDict, CallbackDict, TypeConversionDict
from werkzeug import http
from werkzeug.urls import iri_to_uri, uri_to_iri
from werkzeug.utils import secure_filename, redirect
from werkzeug.security import generate_password_hash, check_password_hash
import io

url_map = Map([
    Rule('/', endpoint='index'),
    Rule('/p/<int:id>', endpoint='page'),
    Rule('/f/<path:rest>', endpoint='files'),
    Rule('/d/<float:x>/<uuid:u>', endpoint='typed'),
    Submount('/api', [Rule('/items/', endpoint='items', methods=['GET', 'POST'])]),
])

@Request.application
def app(request):
    adapter = url_map.bind_to_environ(request.environ)
    try:
        endpoint, args = adapter.match()
    except HTTPException as e:
        return e
    if endpoint == 'items' and request.method == 'POST':
        data = request.get_json(silent=True)
        return Response(repr((data, request.form.to_dict(), {k: (f.filename, f.read()) for k, f in request.files.items()})), status=201)
    body = '%s %r %s %s' % (endpoint, sorted(args.items()), request.args.to_dict(flat=False), adapter.build('page', {'id': 3}, force_external=True))
    resp = Response(body, mimetype='text/plain')
    resp.set_cookie('seen', 'yes', max_age=60, httponly=True)
    return resp

c = Client(app)
for path in ['/', '/p/12?a=1&a=2', '/f/x/y/z.txt', '/d/1.5/12345678-1234-5678-1234-567812345678', '/api/items', '/nope', '/p/xx']:
    r = c.get(path)
    print(path, r.status, r.headers.get('Content-Type'), r.get_data(as_text=True)[:120].replace('\n', ' '))
r = c.post('/api/items/', json={'k': [1, 2]}); print(r.status_code, r.text)
r = c.post('/api/items/', data={'a': 'b', 'up': (io.BytesIO(b'filedata'), 'hello.txt')}); print(r.status_code, r.text)
r = c.put('/api/items/'); print(r.status, sorted(r.headers.get('Allow').split(', ')))  # a set's order: sorted
print(c.get_cookie('seen').value if c.get_cookie('seen') else None)

b = EnvironBuilder(path='/x', method='POST', query_string={'q': 'a b'}, headers={'X-T': '1'}, data={'f': 'v'})
env = b.get_environ()
print(env['REQUEST_METHOD'], env['PATH_INFO'], env['QUERY_STRING'], env['CONTENT_TYPE'], env['HTTP_X_T'], env['CONTENT_LENGTH'])
req = Request(env)
print(req.form['f'], req.args['q'], req.url, req.host, req.headers['X-T'], req.content_length)
env = create_environ('/a?b=c', 'http://localhost:8080/root/')
req = Request(env)
print(req.url, req.base_url, req.script_root, req.path, req.host_url)

md = MultiDict([('a', 1), ('a', 2), ('b', 3)])
print(md.getlist('a'), md['a'], sorted(md.items(multi=True)), md.to_dict(flat=False))
h = Headers([('Content-Type', 'text/html')]); h.add('X-A', 'v', q='1'); h['content-type'] = 'text/plain'
print(h, list(h.items()))
print(http.parse_options_header('text/html; charset="utf-8"; q=1'))
print(http.parse_accept_header('text/html,application/json;q=0.9,*/*;q=0.1', MIMEAccept).best_match(['application/json', 'text/plain']))
print(http.http_date(0), http.parse_date('Thu, 01 Jan 1970 00:00:00 GMT'))
print(http.dump_header({'a': 'b c', 'd': None}), http.parse_dict_header('a=b, c="d e"'), http.parse_list_header('a, "b,c", d'))
print(http.quote_etag('x'), http.unquote_etag('W/"x"'), http.parse_range_header('bytes=0-99,200-'))
print(http.parse_cache_control_header('max-age=60, no-cache').max_age, http.dump_cookie('k', 'v w', path='/'))
print(http.parse_cookie('a=1; b="x y"'))
print(iri_to_uri('http://ü.example/ä?x=ö'), uri_to_iri('http://xn--tda.example/%C3%A4'))
print(secure_filename('../../etc/pässwd.txt'), secure_filename('My cool movie.mov'))
ph = generate_password_hash('pw', method='pbkdf2:sha256:1000', salt_length=8)
print(ph.split('$')[0], check_password_hash(ph, 'pw'), check_password_hash(ph, 'no'))
r = Response('x' * 10, status=404, headers={'X-Y': 'z'})
print(r.status, r.status_code, r.content_length, r.headers, r.get_data())
r = redirect('/there', 301); print(r.status, r.location)
try:
    raise BadRequest('bad thing')
except HTTPException as e:
    print(e.code, e.description, e.get_response().status, str(e))
print(Response(response=iter([b'a', b'b'])).get_data())
fs = FileStorage(io.BytesIO(b'abc'), filename='x.bin', content_type='application/octet-stream')
print(fs.filename, fs.mimetype, fs.read())
cd = CallbackDict({'a': 1}, on_update=lambda d: print('updated', dict(d))); cd['b'] = 2
tcd = TypeConversionDict(a='1'); print(tcd.get('a', type=int), tcd.get('x', 5))
print(ImmutableMultiDict([('x', 1)]), CombinedMultiDict([MultiDict({'a': 1}), MultiDict({'b': 2})]).to_dict())
