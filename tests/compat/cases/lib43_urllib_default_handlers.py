# build_opener() takes the handlers the default opener has anyway: a
# ProxyHandler({}) to turn proxies off, HTTPSHandler(context=...), and the
# rest; they are the opener's handlers, each with it as parent.
import urllib.request as request

opener = request.build_opener(request.ProxyHandler({}), request.HTTPSHandler(context=None),
                              request.HTTPHandler(debuglevel=0), request.HTTPRedirectHandler())
added = opener.handlers[-4:] if len(opener.handlers) > 4 else opener.handlers
print(type(opener).__name__, all(h.parent is opener for h in added))
names = [type(h).__name__ for h in opener.handlers]
print('HTTPSHandler' in names, 'HTTPHandler' in names)
with opener.open('data:text/plain,hello%20opener') as response:
    print(response.read(), response.headers['Content-type'])
request.install_opener(opener)
print(request.urlopen('data:,installed').read())
request.install_opener(None)
