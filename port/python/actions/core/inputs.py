"""Action inputs, read from the INPUT_<NAME> variables the runner sets."""
from actions import _env

_TRUE = ("true", "True", "TRUE")
_FALSE = ("false", "False", "FALSE")

# JavaScript's String.prototype.trim removes these (WhiteSpace and
# LineTerminator). Python's str.strip() differs: CPython strips more
# characters, and MicroPython's strip(chars) compares UTF-8 bytes, which is
# only safe for ASCII characters. So ASCII is stripped with strip() and the
# rest one character at a time.
_ASCII_SPACE = "\t\n\x0b\x0c\r "
_JS_SPACE = (
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def _trim(text):
    while True:
        text = text.strip(_ASCII_SPACE)
        if text and text[0] in _JS_SPACE:
            text = text[1:]
        elif text and text[-1] in _JS_SPACE:
            text = text[:-1]
        else:
            return text


def get_input(name, required=False, trim_whitespace=True):
    """The input's value ('' when not set); ValueError if required and empty."""
    value = _env.get("INPUT_" + name.replace(" ", "_").upper()) or ""
    if required and not value:
        raise ValueError("Input required and not supplied: " + name)
    return _trim(value) if trim_whitespace else value


def get_multiline_input(name, required=False, trim_whitespace=True):
    """The input's lines, empty lines dropped, each trimmed unless asked not to."""
    lines = [line for line in get_input(name, required, trim_whitespace).split("\n") if line != ""]
    return [_trim(line) for line in lines] if trim_whitespace else lines


def get_boolean_input(name, required=False, trim_whitespace=True):
    """True or False for YAML 1.2 core-schema booleans; TypeError otherwise."""
    value = get_input(name, required, trim_whitespace)
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise TypeError(
        'Input does not meet YAML 1.2 "Core Schema" specification: %s\n'
        "Support boolean input list: `true | True | TRUE | false | False | FALSE`" % name
    )
