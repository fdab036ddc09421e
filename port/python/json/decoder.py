"""json.decoder: the names scripts import from it (`from json.decoder import
JSONDecodeError`), and scanstring, which JSON tokenizers written in Python
call (ijson's python backend). The decoder itself is the frozen json
package's."""
from json import JSONDecoder, JSONDecodeError

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

__all__ = ['JSONDecoder', 'JSONDecodeError']

_decoders = {}  # strict -> a decoder whose string scanner scanstring borrows


def scanstring(s, end, strict=True):
    """The JSON string in s whose opening quote is at end - 1: (its text,
    the index after its closing quote), raising JSONDecodeError as
    CPython's does. The decoder works on UTF-8 bytes: indices are mapped
    to them and back."""
    dec = _decoders.get(bool(strict))
    if dec is None:
        dec = _decoders[bool(strict)] = JSONDecoder(strict=strict)
    data = s.encode('utf-8', 'surrogatepass')
    start = len(s[:end].encode('utf-8', 'surrogatepass'))
    dec._doc, dec._back = s, -1
    text, stop = dec._string(data, start)
    return text, len(data[:stop].decode('utf-8', 'surrogatepass'))
