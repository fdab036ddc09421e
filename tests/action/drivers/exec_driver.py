"""The commands of exec-driver.js, through actions.exec in pywasm.

Each line it prints must be what exec-driver.js prints for the same
command; values are shown with JSON.stringify's rules for that reason.
"""
import json
import sys

from actions import exec
from actions._jsjson import stringify

OPTIONS = {"cwd": "cwd", "env": "env", "input": "input", "silent": "silent",
           "ignoreReturnCode": "ignore_return_code", "failOnStdErr": "fail_on_std_err"}


def step(op):
    kwargs = {OPTIONS[k]: v for k, v in (op.get("options") or {}).items()}
    try:
        if op["fn"] == "exec":
            code = exec.exec(op["commandLine"], op.get("args"), **kwargs)
            print("exec -> " + stringify(code))
        else:
            out = exec.get_exec_output(op["commandLine"], op.get("args"), **kwargs)
            print("getExecOutput -> " + stringify([out.exit_code, out.stdout, out.stderr]))
    except (RuntimeError, ValueError) as e:
        print("%s threw: %s" % (op["fn"], e))


with open(sys.argv[1]) as f:
    for op in json.load(f):
        step(op)
