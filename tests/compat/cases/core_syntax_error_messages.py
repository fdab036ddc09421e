# A source that does not parse gets CPython 3.11's message for the common
# mistakes, with the place (lineno, offset, end_lineno, end_offset) and the
# line text a caret is printed under; str() names the file and line, and
# traceback prints the caret as CPython's printer does.
import os
import subprocess
import sys
import tempfile
import traceback

SOURCES = [
    "if True\n    pass\n",
    "if ready  # comment\n    go()\n",
    "def build(target)\n    return target\n",
    "class Config\n    pass\n",
    "for item in items\n    print(item)\n",
    "with open(path) as fh\n    fh.read()\n",
    "try\n    run()\nexcept Exception:\n    pass\n",
    "print 'hello'\n",
    "print total, count\n",
    "call(first second)\n",
    "call(obj.attr other + 1)\n",
    "values = [1 2 3]\n",
    "options = {'a': 1 'b': 2}\n",
    "if status = 'done':\n    pass\n",
    "while node.next = None:\n    pass\n",
    "total = sum(\n    values\n",
    "data = load(path, [1,\n",
    "items = [1, 2)\n",
    "items = [1,\n    2)\n",
    "result = compute())\n",
    "for x in range(3):\nprint(x)\n",
    "def handler():\n\nvalue = 1\n",
    "class Empty:\n    # nothing yet\npass\n",
    "while True:\n    if done:\n    break\n",
    "if ready:\n",
    "message = 'not closed\n",
    'doc = """never\nclosed\n',
    "x = 1 2abc\n",
    "def f(:\n    pass\n",
    "total = 1 +\n",
    "import\n",
    "else:\n    pass\n",
    "if total >\n    pass\n",
    "while not\n    pass\n",
    # a source without a final newline (-c code, exec of a str)
    "if ready",
    "total = max(1,",
    # a tokenizer error anywhere comes before the parser's
    "if ready\n    go()\nname = 'open\n",
    "call(a b)\nitems = [1, 2)\n",
]
for src in SOURCES:
    try:
        compile(src, "step.py", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print(str(e))
        print("".join(traceback.format_exception_only(e)), end="")
print(str(SyntaxError("made", ("/tmp/dir/mine.py", 4, 2, "x y\n"))), str(SyntaxError("made", (None, 4, 2, "t"))))

# an uncaught one in a script: what the step's log shows (the printer
# sys.excepthook is, which prints an uncaught exception)
import contextlib
import io

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "step.py")
    for src in ("names = ['a', 'b'\nprint(names)\n", "if count > 3\n    print(count)\n", "    \tfoo(a b)\n",
                "if x:\n  \tfoo(a b)\n"):
        with open(path, "w") as fh:
            fh.write(src)
        err = io.StringIO()
        try:
            with open(path) as fh:
                compile(fh.read(), path, "exec")
        except SyntaxError as e:
            with contextlib.redirect_stderr(err):
                sys.excepthook(type(e), e, None)
        print(err.getvalue().replace(d, "DIR"), end="")
