"""The client: request, paginate and graphql over urllib.request."""
import json

from actions import _env
from actions.github import _route
from actions.github._errors import GraphQLError, RequestError

API_VERSION = "2022-11-28"
USER_AGENT = "pywasm-actions-github/1"
# Keys of a search or installation listing that are not the list itself
# (octokit's paginate leaves them out in the same way).
_LISTING_META = ("incomplete_results", "repository_selection", "total_count")


class Response:
    """status, headers (a dict with lower-case names), data (parsed JSON; a
    str for text; bytes otherwise; None when empty) and the final url."""

    def __init__(self, status, headers, data, url):
        self.status, self.headers, self.data, self.url = status, headers, data, url

    def __repr__(self):
        return "<Response %s %s>" % (self.status, self.url)


def _decode(headers, body):
    if not body:
        return None
    ctype = headers.get("content-type", "")
    if "json" in ctype:
        try:
            return json.loads(body)
        except ValueError:
            pass
    if ctype.startswith("text/") or "json" in ctype or "charset=utf-8" in ctype:
        return body.decode("utf-8", "replace")
    return body


def _response(raw):
    headers = {}
    for name, value in raw.headers.items():
        name = name.lower()
        headers[name] = headers[name] + ", " + value if name in headers else value
    return Response(raw.status, headers, _decode(headers, raw.read()), raw.geturl())


def _next_link(link):
    # Link: <https://...&page=2>; rel="next", <https://...&page=9>; rel="last"
    for part in (link or "").split("<")[1:]:
        url, _, params = part.partition(">")
        if 'rel="next"' in params.split(",")[0]:
            return url
    return None


def _items(data):
    # A page is a list, or (search and a few listings) an object holding
    # the list under its one other key.
    if isinstance(data, dict) and "total_count" in data and "url" not in data:
        keys = [k for k in data if k not in _LISTING_META]
        if len(keys) == 1 and isinstance(data[keys[0]], list):
            return data[keys[0]]
    if isinstance(data, list):
        return data
    return [] if data is None else [data]


class Client:
    def __init__(self, token=None, base_url=None):
        self.token = token
        self.base_url = (base_url or _env.get("GITHUB_API_URL") or "https://api.github.com").rstrip("/")
        # GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql.
        root = self.base_url[:-len("/v3")] if self.base_url.endswith("/api/v3") else self.base_url
        self.graphql_url = root + "/graphql"

    def _headers(self, extra):
        headers = {
            "Accept": "application/vnd.github+json",
            "User-Agent": USER_AGENT,
            "X-GitHub-Api-Version": API_VERSION,
        }
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        lower = {k.lower(): k for k in headers}
        for name, value in extra.items():
            headers.pop(lower.get(name.lower(), name), None)
            headers[name] = value
        return headers

    def _send(self, method, url, body, extra):
        from urllib.error import HTTPError, URLError
        from urllib.request import Request, urlopen
        request = Request(url, data=body, headers=self._headers(extra), method=method)
        try:
            with urlopen(request) as raw:
                return _response(raw)
        except HTTPError as exc:
            response, reason = _response(exc), exc.reason
        except (URLError, OSError) as exc:
            raise RequestError(str(getattr(exc, "reason", exc)), None, None, method, url)
        # The API's own words when it gave them, else the status line's.
        data = response.data
        message = data.get("message") if isinstance(data, dict) else None
        if not message:
            message = data if isinstance(data, str) and data else reason or "HTTP %d" % response.status
        raise RequestError(message, response.status, response, method, url)

    def request(self, route, **params):
        """One call: `route` is "METHOD /path/{name}" (or a full URL);
        parameters fill the path, then the query (GET, HEAD) or a JSON body.
        `headers={...}` adds or replaces headers; `data=` sends that body
        instead. Returns a Response; raises RequestError for any status past
        399 and when no answer comes."""
        method, url, body, extra = _route.build(route, params, self.base_url)
        return self._send(method, url, body, extra)

    def pages(self, route, **params):
        """Each page's items, one list per page, following Link: rel="next"."""
        response = self.request(route, **params)
        method = route.strip().partition(" ")[0].upper() if " " in route.strip() else "GET"
        while True:
            yield _items(response.data)
            url = _next_link(response.headers.get("link"))
            if not url:
                return
            response = self.request(method + " " + url, headers=params.get("headers"))

    def paginate(self, route, **params):
        """Every page's items in one list (search results included: their
        items, not the envelope). Pass per_page=100 for fewer requests."""
        items = []
        for page in self.pages(route, **params):
            items.extend(page)
        return items

    def graphql(self, query, **variables):
        """POST a GraphQL query; returns its `data`. Raises GraphQLError
        when the answer lists errors, RequestError for an error status."""
        headers = variables.pop("headers", None) or {}
        payload = {"query": query}
        if variables:
            payload["variables"] = variables
        body = json.dumps(payload).encode()
        headers = dict(headers)
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        response = self._send("POST", self.graphql_url, body, headers)
        data = response.data if isinstance(response.data, dict) else {}
        if data.get("errors"):
            raise GraphQLError(data["errors"], data.get("data"), response, self.graphql_url)
        return data.get("data")


def client(token=None, base_url=None):
    """A Client with `token` (default: the action's github-token input, then
    GITHUB_TOKEN; none at all sends no Authorization) and `base_url`
    (default: GITHUB_API_URL, then https://api.github.com)."""
    if token is None:
        token = _env.get("INPUT_GITHUB-TOKEN") or _env.get("GITHUB_TOKEN") or None
    return Client(token, base_url)
