"""json.encoder: the names scripts import from it. The encoder itself is
the frozen json package's."""
from json import JSONEncoder, _str

INFINITY = float('inf')


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    return _str(s, False)


def encode_basestring_ascii(s):
    """s as a JSON string literal in ASCII, the rest as \\u escapes."""
    return _str(s, True)


__all__ = ['JSONEncoder']
