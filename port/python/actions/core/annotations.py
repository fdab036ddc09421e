"""Log lines and annotations: debug, info, notice, warning, error."""
import sys

from actions import _env
from actions.core.command import issue_command


def is_debug():
    """True when the run has step debug logging on (RUNNER_DEBUG=1)."""
    return _env.get("RUNNER_DEBUG") == "1"


def debug(message):
    issue_command("debug", None, message)


def info(message):
    sys.stdout.write(str(message) + "\n")


def _message(message):
    # @actions/core writes an Error as its toString(): "Name: message", or
    # just "Name" when the message is empty.
    if isinstance(message, BaseException):
        text = str(message)
        name = type(message).__name__
        return name + ": " + text if text else name
    return message


def _properties(title, file, start_line, end_line, start_column, end_column):
    # No keyword given: no properties at all ("::error::msg"). Any given:
    # all six, in @actions/core's order, the empty ones left out later.
    values = (title, file, start_line, end_line, start_column, end_column)
    if all(v is None for v in values):
        return None
    return list(zip(("title", "file", "line", "endLine", "col", "endColumn"), values))


def _annotate(kind, message, title, file, start_line, end_line, start_column, end_column):
    properties = _properties(title, file, start_line, end_line, start_column, end_column)
    issue_command(kind, properties, _message(message))


def error(message, title=None, file=None, start_line=None, end_line=None, start_column=None, end_column=None):
    """An error annotation; `message` may be an exception."""
    _annotate("error", message, title, file, start_line, end_line, start_column, end_column)


def warning(message, title=None, file=None, start_line=None, end_line=None, start_column=None, end_column=None):
    """A warning annotation; `message` may be an exception."""
    _annotate("warning", message, title, file, start_line, end_line, start_column, end_column)


def notice(message, title=None, file=None, start_line=None, end_line=None, start_column=None, end_column=None):
    """A notice annotation; `message` may be an exception."""
    _annotate("notice", message, title, file, start_line, end_line, start_column, end_column)
