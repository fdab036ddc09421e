"""Serve many requests in one interpreter, keeping state between them.

Run as `pywasm -m _pywasm_session`. The protocol (docs/module-interface.md):
ask the host for the next request with host_call("session.next"), run it in
one persistent namespace, answer with host_call("session.result"). A null
request ends the session.

Every exception a request raises is answered as an error, KeyboardInterrupt
included (the host interrupts a request that runs past its time limit, and
the session must outlive that); only SystemExit ends the session.
"""
import sys
import uos  # the built-in os: the library's os package is not needed here

# the session stands for python3's interactive mode, whose sys.path[0] is ''
# where -m, which starts it, put the working directory's path (-I puts none)
if sys.path and sys.path[0] == uos.getcwd():
    sys.path[0] = ''

import json
import uio as io  # the built-in io: the frozen io.py (TextIOWrapper, ...) is not needed here

import _pywasm


def _error(exc):
    trace = io.StringIO()
    sys.print_exception(exc, trace)
    return {"type": type(exc).__name__, "message": str(exc), "traceback": trace.getvalue()}


def _lookup(name, namespace):
    # "f", a built-in such as "max", or a dotted path such as "math.sqrt".
    first, _, rest = name.partition(".")
    if first in namespace:
        value = namespace[first]
    else:
        import builtins
        try:
            value = getattr(builtins, first)
        except AttributeError:
            raise NameError("name '%s' isn't defined" % first)
    for part in rest.split(".") if rest else ():
        value = getattr(value, part)
    return value


def _run(request, namespace):
    mode = request.get("mode", "exec")
    if mode == "exec":
        exec(request["code"], namespace)
        return None
    if mode == "eval":
        return eval(request["code"], namespace)
    if mode == "call":
        function = _lookup(request["name"], namespace)
        return function(*request.get("args", ()), **request.get("kwargs", {}))
    raise ValueError("unknown session request mode: " + repr(mode))


def _text(value):
    # The answer as JSON text the host can parse: no NaN or Infinity, and
    # nothing the encoder would have to guess at.
    try:
        return json.dumps({"ok": value}, allow_nan=False)
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ValueError) and "JSON compliant" not in str(exc):
            raise
        raise TypeError("result of type %s is not JSON-compatible (%s)" % (type(value).__name__, exc))


def _answer(text):
    # Sent as ready-made JSON text, so nothing can fail between the request
    # finishing and the host hearing of it. An interrupt that lands while the
    # answer is on its way is ignored: sending it again is harmless (the host
    # takes the first answer to each request).
    while True:
        try:
            return _pywasm.host_call("session.result", text)
        except KeyboardInterrupt:
            continue


def _next_request():
    # An interrupt meant for a request that has already ended can still land
    # here (the host asked for it just as the request finished): it is not
    # for the session, which goes on. The raw answer is kept, so an interrupt
    # while it is parsed does not lose the request.
    raw = None
    while True:
        try:
            if raw is None:
                raw = _pywasm.host_call("session.next", "null")
            response = json.loads(raw)
            break
        except KeyboardInterrupt:
            continue
    if "error" in response:
        raise OSError(response["error"].get("message", "host call failed"))
    return response["ok"]


def serve():
    namespace = {"__name__": "__main__"}
    while True:
        request = _next_request()
        if request is None:
            return
        try:
            text = _text(_run(request, namespace))
        except SystemExit as exc:
            # sys.exit() inside a request ends the session with that code.
            code = exc.args[0] if exc.args else 0
            _answer(json.dumps({"exit": code if code is None or isinstance(code, int) else str(code)}))
            raise
        except BaseException as exc:  # noqa: B036 — KeyboardInterrupt is a request error too
            text = json.dumps({"error": _error(exc)})
        _answer(text)


if __name__ == "__main__":
    serve()
