"""Workflow commands on stdout: `::name key=value,key=value::message`.

Escaping follows @actions/core so the runner's unescaping gives back the
original text: data escapes %, CR and LF; property values also escape : and ,
(which would otherwise end the value).
"""
import sys

from actions.core.command_value import to_command_value


def escape_data(value):
    return to_command_value(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value):
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_command(command, properties=None, message=""):
    """The command line without its newline.

    `properties` is a list of (key, value) pairs, kept in order because the
    runner sees the order (a dict's order is not guaranteed in MicroPython).
    Falsy values are left out, as @actions/core leaves them out; a non-empty
    list whose values are all falsy still leaves the space after the name.
    """
    text = "::" + (command or "missing.command")
    if properties:
        text += " " + ",".join(
            key + "=" + escape_property(value) for key, value in properties if value
        )
    return text + "::" + escape_data(message)


def issue_command(command, properties=None, message=""):
    sys.stdout.write(format_command(command, properties, message) + "\n")


def issue(name, message=""):
    issue_command(name, None, message)
