"""Where an exception happened, from its printed traceback.

MicroPython keeps no traceback objects for Python code to walk, but
sys.print_exception writes CPython's format, whose `File "...", line N`
lines are read back here.
"""
import io
import sys


def format_exception(exc):
    out = io.StringIO()
    sys.print_exception(exc, out)
    return out.getvalue()


def frames(text):
    """[(file, line)] from a formatted traceback, outermost first."""
    found = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line.startswith('File "'):
            continue
        end = line.find('", line ', 6)
        if end < 0:
            continue
        digits = ""
        for ch in line[end + 8:]:
            if "0" <= ch <= "9":
                digits += ch
            else:
                break
        if digits:
            found.append((line[6:end], int(digits)))
    return found


def innermost_line(text, filename):
    """The line of the innermost frame in `filename`, or None."""
    line = None
    for file, number in frames(text):
        if file == filename:
            line = number
    return line
