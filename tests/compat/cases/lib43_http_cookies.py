# http.cookies: SimpleCookie/BaseCookie/Morsel as CPython writes and reads
# Set-Cookie and Cookie headers (bottle and requests import the module).
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError
import pickle, copy
c = SimpleCookie()
c["sid"] = "abc123"; c["sid"]["path"] = "/"; c["sid"]["httponly"] = True; c["sid"]["max-age"] = 3600; c["sid"]["samesite"] = "Lax"
c["pref"] = 'needs "quotes"; and, commas\\ é\n'; c["pref"]["domain"] = ".example.com"; c["pref"]["secure"] = True; c["pref"]["comment"] = "a comment; x"
c["num"] = 42
print(c.output()); print(repr(c)); print(c.output(attrs=["path"], header="Cookie:", sep="; "))
print(repr(c["sid"]), c["sid"].key, c["sid"].value, c["sid"].coded_value, sorted(c["sid"].items())[:3])
print(c.js_output()[:60].split())
p = SimpleCookie('sid=abc; Path=/; HttpOnly; theme="dark \\"x\\" \\012"; $Version=1; lang=en-US; Expires=Wed, 21 Oct 2015 07:28:00 GMT')
print(sorted((k, m.value, m.coded_value) for k, m in p.items())); print(p["sid"]["path"], p["sid"]["httponly"], p["lang"]["expires"])
for bad in ["Path=/; a=b", "a=b; novalue; c=d", "a=b; secure", ""]:
    q = SimpleCookie(); q.load(bad); print(repr(bad), sorted(q.keys()), q.get("a") and q["a"]["secure"])
q = SimpleCookie(); q.load({"x": "1", "y": "two words"}); print(q.output())
b = BaseCookie('k="quoted v"'); print(b["k"].value, b["k"].coded_value)
m = Morsel()
for bad in [lambda: m.__setitem__("bogus", 1), lambda: m.set("path", "v", "v"), lambda: m.set("bad key", "v", "v"), lambda: m.setdefault("nope")]:
    try: bad()
    except CookieError as e: print("CookieError", e)
m.set("k", "v", "v"); m.update({"Path": "/x", "DOMAIN": "d"}); print(m.output(), m == m.copy(), m != m.copy(), m.isReservedKey("Max-Age"))
m2 = pickle.loads(pickle.dumps(m)); print(m2 == m, m2.OutputString(), copy.deepcopy(c)["sid"].value)
print(SimpleCookie("a=1; b=2").output(header="", sep=";"))
print(isinstance(c, dict), isinstance(m, dict), len(m))
m3 = Morsel(); m3.set("e", "1", "1"); m3["expires"] = "Thu, 01 Jan 2030 00:00:00 GMT"; print(m3.OutputString())
