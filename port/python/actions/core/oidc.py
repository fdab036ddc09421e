"""get_id_token: the job's OIDC token, fetched as @actions/core's getIDToken
fetches it, with the same request, retries, log lines and error texts.

The runner gives a job with `permissions: id-token: write` two variables:
ACTIONS_ID_TOKEN_REQUEST_URL (the token service, with a query already) and
ACTIONS_ID_TOKEN_REQUEST_TOKEN (its bearer token). The answer is JSON whose
`value` is the token; it is masked in the log before it is returned.
"""
import json

from actions import _env
from actions.core.annotations import debug
from actions.core.variables import set_secret

# @actions/http-client retries a GET answered 502, 503 or 504, ten times
# at most, waiting 5 ms * 2**n (n = 1, 2, ... capped at 10) between tries.
_RETRY_STATUS = (502, 503, 504)
_MAX_RETRIES = 10


def _quote(text):
    # encodeURIComponent: everything but letters, digits and -_.!~*'()
    from urllib.parse import quote
    return quote(text, safe="!~*'()")


def _env_value(name):
    value = _env.get(name)
    if not value:
        raise RuntimeError("Unable to get %s env variable" % name)
    return value


class _CallFailed(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code, self.message = code, message


def _fetch(url, token):
    """One GET: (status, body text), or _CallFailed when no answer came."""
    from urllib.error import HTTPError, URLError
    from urllib.request import Request, urlopen
    request = Request(url, headers={
        "User-Agent": "actions/oidc-client",
        "Accept": "application/json",
        "Authorization": "Bearer " + token,
    })
    try:
        with urlopen(request) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
    except (URLError, OSError) as exc:
        # Node's message names the errno and address; ours the reason.
        raise _CallFailed(None, str(getattr(exc, "reason", exc)))


def _get_json(url, token):
    """http-client's getJson: the parsed body, None for a 404 or a body that
    is not JSON; _CallFailed for any other status past 299."""
    for attempt in range(_MAX_RETRIES + 1):
        status, text = _fetch(url, token)
        if status not in _RETRY_STATUS or attempt == _MAX_RETRIES:
            break
        import time
        time.sleep(5 * 2 ** min(10, attempt + 1) / 1000)
    if status == 404:
        return None
    try:
        result = json.loads(text) if text else None
    except ValueError:
        result = None
    if status > 299:
        if isinstance(result, dict) and result.get("message"):
            message = result["message"]
        elif text:
            message = text
        else:
            message = "Failed request: (%d)" % status
        raise _CallFailed(status, message)
    return result


def _get_call(url):
    token = _env_value("ACTIONS_ID_TOKEN_REQUEST_TOKEN")
    try:
        result = _get_json(url, token)
    except _CallFailed as exc:
        code = "undefined" if exc.code is None else exc.code
        raise RuntimeError(
            "Failed to get ID Token. \n \n        Error Code : %s\n \n        Error Message: %s" % (code, exc.message)
        )
    id_token = result.get("value") if isinstance(result, dict) else None
    if not id_token:
        raise RuntimeError("Response json body do not have ID Token field")
    return id_token


def get_id_token(audience=None):
    """The job's OIDC ID token (for `audience` when given); masked in the log.
    RuntimeError, with @actions/core's message, when it cannot be had."""
    try:
        url = _env_value("ACTIONS_ID_TOKEN_REQUEST_URL")
        if audience:
            url += "&audience=" + _quote(audience)
        debug("ID token url is " + url)
        id_token = _get_call(url)
        set_secret(id_token)
        return id_token
    except Exception as exc:
        raise RuntimeError("Error message: " + str(exc))
