"""Serve many requests in one interpreter, keeping state between them.

Run as `pywasm -m _pywasm_session`. The protocol (docs/module-interface.md):
ask the host for the next request with host_call("session.next"), run it in
one persistent namespace, answer with host_call("session.result"). A null
request ends the session.
"""
import io
import json
import sys

import _pywasm


def _host(name, value):
    response = json.loads(_pywasm.host_call(name, json.dumps(value)))
    if "error" in response:
        raise OSError(response["error"].get("message", "host call failed"))
    return response["ok"]


def _error(exc):
    trace = io.StringIO()
    sys.print_exception(exc, trace)
    return {"type": type(exc).__name__, "message": str(exc), "traceback": trace.getvalue()}


def _run(request, namespace):
    mode = request.get("mode", "exec")
    if mode == "exec":
        exec(request["code"], namespace)
        return None
    if mode == "eval":
        return eval(request["code"], namespace)
    if mode == "call":
        function = namespace[request["name"]]
        return function(*request.get("args", ()), **request.get("kwargs", {}))
    raise ValueError("unknown session request mode: " + repr(mode))


def serve():
    namespace = {"__name__": "__main__"}
    while True:
        request = _host("session.next", None)
        if request is None:
            return
        try:
            value = _run(request, namespace)
            try:
                json.dumps(value)
            except TypeError:
                raise TypeError("result of type %s is not JSON-compatible" % type(value).__name__)
            answer = {"ok": value}
        except SystemExit as exc:
            # sys.exit() inside a request ends the session with that code.
            _host("session.result", {"exit": exc.args[0] if exc.args else 0})
            raise
        except Exception as exc:
            answer = {"error": _error(exc)}
        _host("session.result", answer)


if __name__ == "__main__":
    serve()
