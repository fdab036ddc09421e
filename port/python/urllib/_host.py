"""One HTTP exchange through the host: the `http.request` host call.

The sandbox has no sockets; the embedder makes the request for us when it
allows the network (pywasm --allow-net, allowNet in the library, always in
the GitHub Action). The host follows redirects as urllib does and answers
with the final response, or with an error saying why there was none.
"""
try:
    # MicroPython's C module: our compat json (CPython's API over it) costs
    # ~2.5 ms to import, and these messages need none of that API.
    import ujson as json
except ImportError:
    import json

from binascii import a2b_base64, b2a_base64

from urllib.error import URLError

NETWORK_OFF = (
    "network access is off in this sandbox "
    "(run pywasm with --allow-net, or pass allowNet: true to the library)"
)


def _reason(message):
    # The host words a failure as CPython's reason prints: "[Errno 111]
    # Connection refused" is OSError(111, ...) (ConnectionRefusedError),
    # "timed out" a TimeoutError; anything else stays text.
    if message == "timed out":
        return TimeoutError(message)
    if message.startswith("[Errno "):
        number, _, text = message[7:].partition("] ")
        try:
            return OSError(int(number), text)
        except ValueError:
            pass
    return message


def _call(args):
    try:
        import _pywasm
    except ImportError:
        raise URLError(NETWORK_OFF)
    answer = json.loads(_pywasm.host_call("http.request", json.dumps(args)))
    if "ok" in answer:
        return answer["ok"]
    error = answer.get("error") or {}
    kind, message = error.get("type"), error.get("message", "")
    if kind == "HostCallError" and message.startswith("no host handler"):
        raise URLError(NETWORK_OFF)
    if kind == "ValueError":
        raise ValueError(message)
    if kind == "TimeoutError":
        # The request went out and no answer came in time: CPython raises
        # this bare, as http.client does, not as a URLError.
        raise TimeoutError(message)
    if kind == "URLError":
        raise URLError(_reason(message))
    raise URLError("%s: %s" % (kind, message) if kind else message)


def exchange(method, url, headers, body, timeout):
    """-> (status, reason, final url, [(name, value)], body bytes)."""
    answer = _call({
        "method": method,
        "url": url,
        "headers": [[k, v] for k, v in headers],
        "body": None if body is None else b2a_base64(body).decode().rstrip("\n"),
        "timeout_ms": None if timeout is None else max(1, int(timeout * 1000)),
    })
    pairs = [(k, v) for k, v in answer["headers"]]
    return answer["status"], answer["reason"], answer["url"], pairs, a2b_base64(answer["body"])
