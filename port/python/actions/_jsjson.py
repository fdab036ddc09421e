"""JSON text exactly as JavaScript's JSON.stringify writes it.

@actions/core turns every non-string value it is given into JSON.stringify's
text, and the runner sees that text. Python's json module differs in ways
the runner would see (separators, 1.0 vs 1, 1e+16, escaping of non-ASCII),
so values are written here by JavaScript's rules instead.
"""

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _string(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            # Control characters, and lone surrogates (well-formed JSON.stringify).
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _shortest(x):
    # The shortest text that reads back as x, which is what JavaScript
    # prints. MicroPython's repr is not always that (repr(0.1 + 0.2) is
    # '0.3'), so precisions are tried in turn.
    for precision in range(1, 18):
        text = ("%." + str(precision) + "g") % x
        if float(text) == x:
            return text
    return repr(x)


def _digits_and_exponent(x):
    # Decompose the shortest text of x into significant digits and n with
    # x = 0.DIGITS * 10**n.
    text = _shortest(x)
    exp = 0
    if "e" in text:
        text, e = text.split("e")
        exp = int(e)
    if "." in text:
        whole, frac = text.split(".")
    else:
        whole, frac = text, ""
    digits = whole + frac
    n = len(whole) + exp
    stripped = digits.lstrip("0")
    n -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    return digits or "0", n


def number(x):
    """Number.prototype.toString for a finite float, NaN and infinities as null."""
    if x != x or x in (float("inf"), float("-inf")):
        return "null"
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    digits, n = _digits_and_exponent(-x if x < 0 else x)
    k = len(digits)
    if k <= n <= 21:
        body = digits + "0" * (n - k)
    elif 0 < n <= 21:
        body = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        body = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        body = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return sign + body


def stringify(value):
    """JSON.stringify(value) for JSON-like Python values (None is null)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(stringify(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(_string(str(k)) + ":" + stringify(v) for k, v in value.items()) + "}"
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)
