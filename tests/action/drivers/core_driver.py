"""The operations of core-driver.js, through actions.core in pywasm.

Each line it prints must be what core-driver.js prints for the same
operation; values are shown with JSON.stringify's rules for that reason.
"""
import json
import sys

from actions import _env
from actions import core
from actions._jsjson import stringify
from actions.core import file_command

_real_uuid4 = file_command._uuid4


def snake(name):
    if name == "addEOL":
        return "add_eol"
    if name == "getIDToken":
        return "get_id_token"
    out = ""
    for ch in name:
        out += "_" + ch.lower() if "A" <= ch <= "Z" else ch
    return out


def kwargs(opts):
    return {snake(k): v for k, v in (opts or {}).items()}


def value(v):
    if isinstance(v, dict) and "$error" in v:
        kind = {"RuntimeError": RuntimeError, "TypeError": TypeError, "ValueError": ValueError}[v["$error"]["name"]]
        return kind(v["$error"]["message"]) if v["$error"]["message"] else kind()
    return v


def show(label, v):
    print(label + " -> " + ("undefined" if v is None else stringify(v)))


def context_report():
    from actions import context
    keys = ("eventName", "sha", "ref", "workflow", "action", "actor", "job", "runAttempt",
            "runNumber", "runId", "apiUrl", "serverUrl", "graphqlUrl", "payload")
    for key in keys:
        v = getattr(context, snake(key))
        # JSON.stringify shows an unset variable as undefined, NaN as null.
        unset = v is None and key not in ("runAttempt", "runNumber", "runId")
        print("context.%s -> %s" % (key, "undefined" if unset else stringify(v)))
    for key in ("repo", "issue"):
        try:
            v = getattr(context, key)
            show("context." + key, [v.owner, v.repo, getattr(v, "number", None)])
        except Exception as exc:
            print("context.%s threw: %s" % (key, exc))


class _Thrown(Exception):
    pass


def run(op):
    name = op["op"]
    args = [value(a) for a in op.get("args", [])]
    if name == "fixUuid":
        file_command._uuid4 = lambda: op["uuid"]
        return None
    if name == "randomUuid":
        file_command._uuid4 = _real_uuid4
        return None
    if name == "env":
        return _env.get(op["name"])
    if name == "context":
        context_report()
        return None
    if name == "group":
        with core.group(op["name"]):
            for inner in op["ops"]:
                step(inner)
            if op.get("throw"):
                raise _Thrown(op["throw"])
            return op.get("returns")
    if name == "summary":
        result = None
        for call in op["calls"]:
            method = getattr(core.summary, snake(call[0]))
            result = method(*(call[1] if len(call) > 1 and call[1] else []), **kwargs(call[2] if len(call) > 2 else None))
        return None if result is core.summary else result
    return getattr(core, snake(name))(*args, **kwargs(op.get("opts")))


def step(op):
    try:
        result = run(op)
        if op.get("print"):
            show(op["op"] + (" " + op["name"] if op.get("name") else ""), result)
    except Exception as exc:
        print("%s threw: %s" % (op["op"], exc))


with open(sys.argv[1]) as f:
    for op in json.loads(f.read()):
        step(op)
