"""Headers: an ordered list of (name, value) response headers with
case-insensitive lookup, rendered as an HTTP header block."""

# a parameter value holding any of these must be sent quoted
_SPECIALS = frozenset(' ()<>@,;:\\"/[]?=')


def _formatparam(param, value=None, quote=1):
    if not value:
        # no value (None or ''): the parameter name stands alone
        return param
    if not quote and not any(c in _SPECIALS for c in value):
        return param + '=' + value
    escaped = value.replace('\\', '\\\\').replace('"', '\\"')
    return '%s="%s"' % (param, escaped)


class Headers:

    def __init__(self, headers=None):
        if headers is None:
            headers = []
        elif type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        # the caller's list is kept (not copied): changes show through it
        self._headers = headers
        for pair in headers:
            name, value = pair
            self._convert_string_type(name)
            self._convert_string_type(value)

    def _convert_string_type(self, value):
        if type(value) is not str:
            raise AssertionError("Header names/values must be of type str (got {0})".format(repr(value)))
        return value

    def _key(self, name):
        # lower first (as CPython does), so bytes fail the str check below
        return self._convert_string_type(name.lower())

    def _values_for(self, name):
        key = self._key(name)
        return [v for (n, v) in self._headers if n.lower() == key]

    def _append(self, name, value):
        self._headers.append((self._convert_string_type(name), self._convert_string_type(value)))

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        # a missing header reads as None rather than raising
        return self.get(name)

    def __setitem__(self, name, val):
        del self[name]
        self._append(name, val)

    def __delitem__(self, name):
        key = self._key(name)
        # in place, so a list handed to the constructor sees the change
        self._headers[:] = [pair for pair in self._headers if pair[0].lower() != key]

    def __contains__(self, name):
        return self.get(name) is not None

    def get(self, name, default=None):
        found = self._values_for(name)
        return found[0] if found else default

    def get_all(self, name):
        return self._values_for(name)

    def keys(self):
        return [pair[0] for pair in self._headers]

    def values(self):
        return [pair[1] for pair in self._headers]

    def items(self):
        return list(self._headers)

    def setdefault(self, name, value):
        current = self.get(name)
        if current is None:
            self._append(name, value)
            return value
        return current

    def add_header(self, _name, _value, **_params):
        # keyword names use '_' for '-'; a None parameter value means a
        # bare flag, others are quoted
        pieces = [] if _value is None else [self._convert_string_type(_value)]
        for pname, pvalue in _params.items():
            label = self._convert_string_type(pname).replace('_', '-')
            if pvalue is not None:
                label = _formatparam(label, self._convert_string_type(pvalue))
            pieces.append(label)
        self._headers.append((self._convert_string_type(_name), "; ".join(pieces)))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._headers)

    def __str__(self):
        lines = ["%s: %s\r\n" % (n, v) for (n, v) in self._headers]
        lines.append("\r\n")
        return "".join(lines)

    def __bytes__(self):
        return str(self).encode('iso-8859-1')
