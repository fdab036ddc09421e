"""_string: the parsing behind str.format that CPython's string module and
jinja2.sandbox import. formatter_parser() splits a format string into
(literal_text, field_name, format_spec, conversion) tuples and
formatter_field_name_split() splits a field name into its first part and
the attribute and index lookups after it, with CPython's errors.

Both are lazy as CPython's: an error is raised when the iteration gets to
it, after the pieces before it have been given."""


def formatter_parser(format_string):
    """'x{0!r:>5}y' -> ('x', '0', '>5', 'r'), ('y', None, None, None). A
    field without a format spec has '', without a conversion None; text
    with no field after it has None for all three."""
    if not isinstance(format_string, str):
        raise TypeError('expected str, got %s' % type(format_string).__name__)
    return _parse(format_string)


def _parse(s):
    n = len(s)
    i = 0
    start = 0  # where the literal text being read began
    while i < n:
        c = s[i]
        if c != '{' and c != '}':
            i += 1
            continue
        if s[i + 1:i + 2] == c:
            # a doubled brace: the text up to one of them, then go on
            yield s[start:i + 1], None, None, None
            i += 2
            start = i
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i]
        name, spec, conversion, i = _field(s, i + 1)
        yield literal, name, spec, conversion
        start = i
    if start < n:
        yield s[start:], None, None, None


def _field(s, i):
    # the field after its '{' at s[i:]: (name, spec, conversion, index
    # after the closing '}')
    n = len(s)
    begin = i
    while True:
        if i == n:
            raise ValueError("expected '}' before end of string")
        c = s[i]
        if c == '[':
            # an index: anything up to its ']' is part of the name
            j = s.find(']', i + 1)
            if j < 0:
                raise ValueError("expected '}' before end of string")
            i = j + 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c in '}:!':
            break
        i += 1
    name = s[begin:i]
    conversion = None
    if s[i] == '!':
        if i + 1 == n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i + 1]  # any character: str.format checks it when used
        i += 2
        if i == n:
            raise ValueError("unmatched '{' in format spec")
        if s[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if s[i] == '}':
        return name, '', conversion, i + 1
    # a format spec, which may hold nested {fields}
    i += 1
    begin = i
    depth = 1
    while i < n:
        c = s[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[begin:i], conversion, i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def formatter_field_name_split(field_name):
    """'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)): True for an
    attribute, False for an index. The first part and the indexes are ints
    where they are all digits."""
    if not isinstance(field_name, str):
        raise TypeError('expected str, got %s' % type(field_name).__name__)
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    return _number_or_text(field_name[:i]), _lookups(field_name, i)


def _number_or_text(text):
    return int(text) if text and text.isdecimal() else text


def _lookups(s, i):
    n = len(s)
    while i < n:
        if s[i] == '.':
            j = i + 1
            while j < n and s[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            yield True, s[i + 1:j]
            i = j
        else:  # '['
            j = s.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            yield False, _number_or_text(s[i + 1:j])
            i = j + 1
            if i < n and s[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
