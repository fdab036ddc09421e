"""File commands: append to the files named by GITHUB_OUTPUT, GITHUB_ENV, ...

A key/value entry is written as a heredoc with a random delimiter
(`name<<ghadelimiter_<uuid4>`), which the runner parses back. A name or value
that contains the delimiter is refused rather than written, as @actions/core
does, so no value can end its heredoc early. JavaScript's Error becomes
RuntimeError (the environment is wrong) or ValueError (a value is refused).
"""
from actions import _env
from actions._os import stat, urandom
from actions.core.command_value import to_command_value


def _uuid4():
    # A random (version 4, RFC 4122 variant) UUID in its usual text form.
    b = bytearray(urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = "".join("%02x" % x for x in b)
    return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]


def _exists(path):
    try:
        stat(path)
        return True
    except OSError:
        return False


def issue_file_command(command, message):
    path = _env.get("GITHUB_" + command)
    if not path:
        raise RuntimeError("Unable to find environment variable for file command " + command)
    if not _exists(path):
        raise RuntimeError("Missing file at path: " + path)
    with open(path, "a") as f:
        f.write(to_command_value(message) + "\n")


def prepare_key_value_message(key, value):
    delimiter = "ghadelimiter_" + _uuid4()
    converted = to_command_value(value)
    if delimiter in key:
        raise ValueError('Unexpected input: name should not contain the delimiter "%s"' % delimiter)
    if delimiter in converted:
        raise ValueError('Unexpected input: value should not contain the delimiter "%s"' % delimiter)
    return key + "<<" + delimiter + "\n" + converted + "\n" + delimiter
