"""A small style checker for Python files, reporting through annotations.

    lint.py [--max-line-length=N] DIR...

Warnings: long lines, trailing whitespace, a to-do marker without an issue
number (e.g. "#123") in the dozen characters after it.
Errors (they fail the step): tab indentation.
"""
import os
import sys

from actions import core

MARKER = "TO" + "DO"  # spelled in two parts so this file passes its own check


def python_files(top):
    # os.walk is not in MicroPython; listdir and stat are.
    for name in sorted(os.listdir(top)):
        path = top + "/" + name
        if os.stat(path)[0] & 0x4000:
            yield from python_files(path)
        elif name.endswith(".py"):
            yield path


def check(path, max_length):
    findings = []
    with open(path) as f:
        lines = f.read().split("\n")
    for number, line in enumerate(lines, 1):
        if len(line) > max_length:
            message = "line too long (%d > %d)" % (len(line), max_length)
            findings.append(("warning", number, max_length + 1, message))
        if line != line.rstrip():
            findings.append(("warning", number, len(line.rstrip()) + 1, "trailing whitespace"))
        if line.startswith("\t"):
            findings.append(("error", number, 1, "indentation with a tab"))
        at = line.find(MARKER)
        if at >= 0 and "#" not in line[at:at + 12]:
            findings.append(("warning", number, at + 1, MARKER + " without an issue number"))
    return findings


def main():
    max_length = 100
    dirs = []
    for arg in sys.argv[1:]:
        if arg.startswith("--max-line-length="):
            max_length = int(arg.split("=", 1)[1])
        else:
            dirs.append(arg)
    totals = {"warning": 0, "error": 0}
    rows = [[{"data": h, "header": True} for h in ("File", "Line", "Problem")]]
    for top in dirs or ["."]:
        for path in python_files(top):
            for level, line, column, message in check(path, max_length):
                totals[level] += 1
                annotate = core.error if level == "error" else core.warning
                annotate(message, title="lint", file=path, start_line=line, start_column=column)
                rows.append([path, str(line), message])
    core.summary.add_heading("Lint", 2)
    if len(rows) > 1:
        core.summary.add_table(rows)
    counts = "%d errors, %d warnings" % (totals["error"], totals["warning"])
    core.summary.add_raw(counts, True).write()
    if totals["error"]:
        core.set_failed("%d lint errors" % totals["error"])


main()
