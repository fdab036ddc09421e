"""subprocess as CPython has it, run under python3 -u and under pywasm
--allow-run: the output must be identical. (Not compared: the repr and
args of CalledProcessError and TimeoutExpired, which hold their message in
pywasm so that an uncaught one prints as in CPython.) argv[1] is a scratch directory
(with a subdirectory `sub`) that the script may write; stdin carries one
line for the first child to read.
"""
import os
import subprocess
import sys

scratch = sys.argv[1]


def show(label, value):
    print(label, ascii(value))


# Children share the script's stdin, stdout and stderr, in order with it.
print("before the children")
subprocess.run(["cat"])
subprocess.run(["echo", "a child on stdout"])
print("between")
sys.stderr.write("the script on stderr\n")
subprocess.run(["sh", "-c", "echo a child on stderr >&2"])
print("after the children")

# Capturing, merging, discarding; bytes and text.
show("capture", subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True))
show("merged", subprocess.run("echo one; echo two >&2; echo three", shell=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
show("shell list", subprocess.run(["echo $0-$1", "zero", "one"], shell=True, capture_output=True).stdout)
show("universal newlines", subprocess.check_output(["printf", "a\\r\\nb\\rc"], text=True))
show("binary", subprocess.run(["printf", "\\000\\377\\376"], stdout=subprocess.PIPE).stdout)
show("input", subprocess.run(["cat"], input=b"\x00bytes\xff", capture_output=True).stdout)
show("input text", subprocess.run(["cat"], input="ünï\n", capture_output=True, text=True).stdout)
show("encoding", subprocess.run(["printf", "caf\\303\\251"], capture_output=True, encoding="utf-8").stdout)
show("errors", subprocess.run(["printf", "bad \\377 byte"], capture_output=True, errors="replace").stdout)
show("devnull", subprocess.run(["sh", "-c", "echo hidden; echo hidden >&2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
show("stdin devnull", subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True))
show("stdin pipe", subprocess.run(["cat"], stdin=subprocess.PIPE, capture_output=True).stdout)
show("stderr to stdout stream", subprocess.run(["sh", "-c", "echo via stderr >&2"], stderr=sys.stdout))
with open(os.path.join(scratch, "out.txt"), "w") as f:
    subprocess.run(["echo", "into a file"], stdout=f)
with open(os.path.join(scratch, "out.txt")) as f:
    show("file", f.read())
with open(os.path.join(scratch, "out.txt"), "rb") as f:
    show("stdin file", subprocess.run(["wc", "-c"], stdin=f, capture_output=True, text=True).stdout.strip())

# The environment and the working directory.
show("env", subprocess.run(["sh", "-c", "echo $ONLY-$HOME"], env={"ONLY": "this"}, capture_output=True).stdout)
os.environ["FROM_PARENT"] = "set by os.environ"
show("inherited env", subprocess.check_output("echo $FROM_PARENT", shell=True))
show("cwd", subprocess.check_output(["pwd"], cwd=scratch).decode().strip() == scratch)
os.chdir(scratch)
show("follows chdir", subprocess.check_output(["pwd"]).decode().strip() == scratch)
show("relative cwd", subprocess.check_output(["pwd"], cwd="sub").decode().strip() == os.path.join(scratch, "sub"))

# Exit codes and the helpers.
show("call", subprocess.call(["sh", "-c", "exit 7"]))
show("check_call", subprocess.check_call(["true"]))
show("check_output", subprocess.check_output(["echo", "checked"]))
show("getoutput", subprocess.getoutput("echo x; echo y >&2"))
show("getstatusoutput", subprocess.getstatusoutput("echo z; exit 4"))
show("CompletedProcess", subprocess.CompletedProcess(["x"], 0))
show("CompletedProcess", subprocess.CompletedProcess("x", 1, b"o", "e"))
subprocess.CompletedProcess(["x"], 0).check_returncode()

# Failures.
for args, kwargs in [(["false"], {}), (["sh", "-c", "echo o; echo e >&2; exit 2"], {"capture_output": True})]:
    try:
        subprocess.run(args, check=True, **kwargs)
    except subprocess.CalledProcessError as e:
        show("CalledProcessError", (str(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr))
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 1"])
except subprocess.CalledProcessError as e:
    show("check_output failed", (str(e), e.output, isinstance(e, subprocess.SubprocessError)))
try:
    subprocess.check_call(["sh", "-c", "exit 9"])
except subprocess.CalledProcessError as e:
    show("check_call failed", (str(e), e.output))
try:
    subprocess.run(["sh", "-c", "echo started; exec sleep 5"], timeout=1, capture_output=True)
except subprocess.TimeoutExpired as e:
    show("TimeoutExpired", (str(e), e.timeout, e.output, e.stdout, e.stderr))
try:
    subprocess.run(["no-such-program-for-pywasm", "x"])
except FileNotFoundError as e:
    show("missing program", (str(e), e.errno, e.filename))
try:
    subprocess.run(["pwd"], cwd=os.path.join(scratch, "missing"))
except FileNotFoundError as e:
    show("missing cwd", (e.errno, e.filename == os.path.join(scratch, "missing")))
r = subprocess.run(["sh", "-c", "kill -9 $$"])
show("killed", r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    show("killed", str(e))
show("terminated", subprocess.run(["sh", "-c", "kill -TERM $$"]).returncode)
for kwargs in [{"input": b"x", "stdin": subprocess.PIPE}, {"capture_output": True, "stdout": subprocess.PIPE}]:
    try:
        subprocess.run(["true"], **kwargs)
    except ValueError as e:
        show("ValueError", str(e))
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    show("ValueError", str(e))

# Popen: the usual ways of reading a command's output and giving it input.
p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2; exit 3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                     text=True)
show("Popen.communicate", (p.communicate(), p.returncode, p.poll(), p.wait()))
p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
show("Popen input", (p.returncode, p.communicate(b"shout\n"), p.returncode))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("line 1\n")
p.stdin.writelines(["line 2\n", "line 3\n"])
p.stdin.close()
show("Popen stdin", ([line.rstrip() for line in p.stdout], p.wait()))
with subprocess.Popen(["sh", "-c", "echo one; echo two >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as p:
    show("Popen with", p.stdout.read())
show("Popen with", p.returncode)
p = subprocess.Popen(["sh", "-c", "exit 5"])
show("Popen wait", p.wait())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.kill()
show("Popen kill", (p.wait(), p.communicate()))
p = subprocess.Popen("echo shell $((2 * 3))", shell=True, stdout=subprocess.PIPE, universal_newlines=True)
show("Popen shell", (p.stdout.readline(), p.stdout.readline(), p.wait()))
print("a child on stdout, from Popen:", flush=True)
show("Popen inherit", subprocess.Popen(["echo", "inherited"]).wait())
# sys.executable runs a child Python: under pywasm a child pywasm with the
# parent's mounts, in the same working directory, given the environment.
child = subprocess.run([sys.executable, "-c", "import os, sys; print(sys.argv[1:], os.getcwd() == sys.argv[1], os.environ.get('FROM_PARENT')); sys.exit(5)", os.getcwd()],
                       capture_output=True, text=True, env={**os.environ, "FROM_PARENT": "yes"})
show("executable", (child.returncode, child.stdout))
show("executable traceback", subprocess.run([sys.executable, "-c", "1/0"], capture_output=True, text=True).stderr.splitlines()[-1])
with open(os.path.join(scratch, "sub", "child.py"), "w") as f:
    f.write("import sys\nprint('child script', sys.argv[1:], open(sys.argv[1]).read())\n")
show("executable script", subprocess.check_output([sys.executable, os.path.join(scratch, "sub", "child.py"), os.path.join(scratch, "out.txt")], text=True))
# os.system and os.popen run through the same machinery.
show("os.system", os.system("echo from os.system; exit 3"))
with os.popen("echo one; echo two") as f:
    show("os.popen read", f.read())
f = os.popen("printf 'a\\nb\\n'; exit 2")
show("os.popen close", ([line.strip() for line in f], f.close()))
w = os.popen("tr a-z A-Z", "w")
w.write("written through os.popen\n")
show("os.popen write", w.close())
print("done")
