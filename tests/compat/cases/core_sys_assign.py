# Any name can be assigned on sys (patch 0109), and input() reads a
# replaced sys.stdin, prompting on sys.stdout.
import sys, io, argparse
orig = sys.argv
sys.argv = ["prog", "--name", "x", "pos"]
p = argparse.ArgumentParser()
p.add_argument("--name"); p.add_argument("rest")
print(p.parse_args(), sys.argv is not orig)
from sys import argv
print(argv)
sys.argv = orig
sys.dont_write_bytecode = True
print(sys.dont_write_bytecode)
sys.myflag = 3
print(sys.myflag, hasattr(sys, "myflag"))
del sys.myflag
print(hasattr(sys, "myflag"))
try:
    del sys.nothing_here
except AttributeError as e:
    print("AttributeError")
old_stdin = sys.stdin
sys.stdin = io.StringIO("alice\n42\nlast")
out = io.StringIO()
sys.stdout, real = out, sys.stdout
name = input("name? ")
age = int(input("age? "))
last = input()
try:
    input("more? ")
except EOFError:
    eof = True
sys.stdout = real
sys.stdin = old_stdin
print(repr(out.getvalue()), name, age, last, eof)
sys.stdout.write("still writes\n")
# sys.tracebacklimit = 0: only the exception's last line
import traceback
def inner():
    raise ValueError("value")
sys.tracebacklimit = 0
try:
    inner()
except ValueError as e:
    print(traceback.format_exception(e))
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
