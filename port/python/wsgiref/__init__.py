"""wsgiref: WSGI utilities and a reference server (CPython 3.11's).

util: environment helpers; headers: Headers; handlers: BaseHandler,
SimpleHandler, BaseCGIHandler, CGIHandler; validate: validator;
simple_server: WSGIServer (needs sockets, so it raises here),
WSGIRequestHandler, demo_app.
"""
