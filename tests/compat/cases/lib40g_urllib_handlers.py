# urllib.request's handler classes exist to be subclassed at import time
# (PyJWT's jwks_client defines a redirect handler when jwt is imported)
import urllib.request as r


class NoRedirect(r.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


h = NoRedirect()
print(isinstance(h, r.BaseHandler), h.handler_order, h.max_repeats, h.max_redirections)
print(r.HTTPErrorProcessor.handler_order, r.ProxyHandler.handler_order, r.HTTPSHandler.handler_order)
print(issubclass(r.HTTPSHandler, r.AbstractHTTPHandler), issubclass(r.HTTPBasicAuthHandler, r.AbstractBasicAuthHandler))
print(sorted([r.HTTPErrorProcessor(), r.ProxyHandler(), NoRedirect()])[0].handler_order, h < object())
h.add_parent('opener')
print(h.parent, h.redirect_request(None, None, 302, '', {}, 'x'))
