"""Turning a route and its parameters into a request, as octokit does.

"GET /repos/{owner}/{repo}/issues" with owner=..., repo=..., state="open":
the {names} in the path are filled in (URL-quoted); what is left goes in
the query string for GET and HEAD, and as a JSON body for other methods.
"""
import json

from urllib.parse import quote

# encodeURIComponent's set: everything but letters, digits and -_.!~*'()
_COMPONENT_SAFE = "!~*'()"
# {+name}: reserved characters (such as "/") kept.
_RESERVED_SAFE = "!~*'();/?:@&=+$,#"


def _text(value):
    # Parameters as JavaScript would write them into a URL.
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (list, tuple)):
        return ",".join(_text(v) for v in value)
    return str(value)


def _fill(path, params, used):
    out = ""
    at = 0
    while True:
        start = path.find("{", at)
        if start < 0:
            return out + path[at:]
        end = path.find("}", start)
        if end < 0:
            return out + path[at:]
        name = path[start + 1:end]
        reserved = name.startswith("+")
        name = name.lstrip("+")
        if params.get(name) is None:
            raise ValueError("the route needs the parameter '%s'" % name)
        used.add(name)
        out += path[at:start] + quote(_text(params[name]), safe=_RESERVED_SAFE if reserved else _COMPONENT_SAFE)
        at = end + 1


def _query(params):
    parts = []
    for name, value in params.items():
        if name == "q":
            # A search query keeps its + signs (GitHub reads them as spaces).
            parts.append("q=" + "+".join(quote(p, safe=_COMPONENT_SAFE) for p in _text(value).split("+")))
        else:
            parts.append(name + "=" + quote(_text(value), safe=_COMPONENT_SAFE))
    return "&".join(parts)


def build(route, params, base_url):
    """-> (method, url, body bytes or None, extra headers)."""
    method, sep, path = route.strip().partition(" ")
    if not sep:
        method, path = "GET", method
    method = method.upper()
    path = path.strip()
    params = {k: v for k, v in params.items() if v is not None}
    headers = params.pop("headers", None) or {}
    data = params.pop("data", None)
    used = set()
    path = _fill(path, params, used)
    rest = {k: v for k, v in params.items() if k not in used}
    absolute = path.startswith("http://") or path.startswith("https://")
    url = path if absolute else base_url.rstrip("/") + path
    body = None
    extra = {}
    if method in ("GET", "HEAD"):
        if rest:
            url += ("&" if "?" in url else "?") + _query(rest)
    elif isinstance(data, (str, bytes, bytearray)):
        # A body sent as it is; its type unless `headers` say otherwise.
        body = data.encode() if isinstance(data, str) else bytes(data)
        extra["Content-Type"] = "text/plain; charset=utf-8" if isinstance(data, str) else "application/octet-stream"
    elif data is not None or rest:
        rest = rest if data is None else data
        body = json.dumps(rest).encode()
        extra["Content-Type"] = "application/json; charset=utf-8"
    extra.update(headers)
    return method, url, body, extra
