"""json.decoder: the names scripts import from it (`from json.decoder import
JSONDecodeError`). The decoder itself is the frozen json package's."""
from json import JSONDecoder, JSONDecodeError

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

__all__ = ['JSONDecoder', 'JSONDecodeError']
