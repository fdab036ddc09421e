# flask, with werkzeug, jinja2, markupsafe, itsdangerous, click and
# blinker vendored: an app exercised through its test client as its own
# tests do. Routes with converters, JSON in and out, forms, redirects
# followed, abort and error handlers, cookies, a signed session (flask's
# session is a werkzeug LocalProxy: its operators are descriptors bound
# with __get__), templates from strings, a blueprint, url_for in a request
# context, and the rule map.
import os
import sys
sys.path.insert(0, os.environ['PYWASM_VENDORED'])
from flask import Flask, request, jsonify, redirect, url_for, abort, session, make_response, render_template_string, Blueprint, g
app = Flask('demo')
app.secret_key = 'k'

@app.route('/')
def index():
    return 'hello'

@app.route('/u/<name>')
def user(name):
    return f'user {name}'

@app.route('/n/<int:n>')
def num(n):
    return jsonify(n=n, sq=n*n)

@app.post('/echo')
def echo():
    return jsonify(request.get_json())

@app.route('/form', methods=['POST'])
def form():
    return ','.join(f'{k}={v}' for k, v in sorted(request.form.items()))

@app.route('/go')
def go():
    return redirect(url_for('user', name='bob'))

@app.route('/boom')
def boom():
    abort(418)

@app.route('/setc')
def setc():
    r = make_response('set')
    r.set_cookie('c', 'v1')
    return r

@app.route('/getc')
def getc():
    return request.cookies.get('c', 'none')

@app.route('/t')
def t():
    return render_template_string('<p>{{ x|upper }} {% for i in xs %}[{{i}}]{% endfor %} {{ y }}</p>', x='hi', xs=[1,2], y='<b>')

@app.route('/sess')
def sess():
    session['n'] = session.get('n', 0) + 1
    return str(session['n'])

bp = Blueprint('bp', __name__, url_prefix='/bp')
@bp.route('/x')
def bx():
    return 'bp x ' + url_for('bp.bx')
app.register_blueprint(bp)

@app.errorhandler(404)
def nf(e):
    return 'nf!', 404

c = app.test_client()
for path in ['/', '/u/al', '/n/7', '/go', '/boom', '/nope', '/t', '/bp/x']:
    r = c.get(path)
    print(path, r.status_code, r.headers.get('Content-Type'), r.get_data(as_text=True)[:200].replace('\n', ' '))
r = c.get('/go', follow_redirects=True); print('follow', r.status_code, r.text, [h.request.path for h in r.history])
r = c.post('/echo', json={'a': [1, 2, {'b': None}]}); print('echo', r.status_code, r.json)
r = c.post('/form', data={'x': '1', 'y': 'two'}); print('form', r.text)
r = c.get('/setc'); print('setc', r.headers.getlist('Set-Cookie'))
print('getc', c.get('/getc').text)
print('sess', c.get('/sess').text, c.get('/sess').text)
with app.test_request_context('/u/zz?q=1'):
    print(url_for('user', name='a b', q=2), request.args['q'], request.path)
with app.app_context():
    try: url_for('index', _external=True)
    except RuntimeError as e: print('RuntimeError', e)
print(sorted((r.rule, sorted(r.methods), r.endpoint) for r in app.url_map.iter_rules()))
# the proxies say what they stand for: their class defines __class__
from flask import Request as _Request
with app.test_request_context('/x'):
    print(isinstance(request, _Request), request.__class__.__name__, type(request).__name__)
