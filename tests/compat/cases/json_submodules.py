# json.decoder and json.encoder hold the names scripts import from them, and
# JSONDecodeError is named as CPython names it.
import json
import json.decoder
import json.encoder
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii

print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder, JSONEncoder is json.JSONEncoder)
print(JSONDecodeError.__module__, repr(JSONDecodeError), issubclass(JSONDecodeError, ValueError))
print(encode_basestring('caf\u00e9 "q"\n'), encode_basestring_ascii('caf\u00e9 \u2603\t'))
print(JSONDecoder().decode('{"a": [1, 2.5, null]}'), JSONEncoder(sort_keys=True).encode({"b": 1, "a": True}))
print(json.encoder.INFINITY, json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
try:
    json.loads('{"a": }')
except json.decoder.JSONDecodeError as e:
    print(type(e).__module__, type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
