# json.loads of bytes in any of the encodings RFC 4627 allows (found from
# the zero bytes or the BOM), a str starting with a BOM refused, and the
# chunks JSONEncoder.iterencode yields (json.dump writes them one by one).
import io
import json
docs = [b'\xef\xbb\xbf[1, "\xc3\xa9"]', '[1, "\u00e9"]'.encode('utf-16'), '[1, "\u00e9"]'.encode('utf-16-le'),
        '[1, "\u00e9"]'.encode('utf-16-be'), '{"a": 2}'.encode('utf-32'), '{"a": 2}'.encode('utf-32-le'),
        '{"a": 2}'.encode('utf-32-be'), '"x"'.encode('utf-16-be'), '"x"'.encode('utf-16-le'), b'12', b'7',
        bytearray(b'{"k": null}'), b'\xff\xfe']
for b in docs:
    try:
        print(json.loads(b))
    except Exception as e:
        print(type(e).__name__)
for s in ['\ufeff[1]', '\ufeff', ' \ufeff[1]']:
    try:
        print(json.loads(s))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.JSONDecoder().decode('[1]'))
enc = json.JSONEncoder
print(list(enc().iterencode({'a': [1, {'b': 2}], 'c': 'x'})))
print(list(enc(indent=1).iterencode([1, 'x', [2], {}, None, [], {'q': [True, 1.5]}])))
print(list(enc(indent=2, sort_keys=True, separators=(',', ': ')).iterencode({'z': [], 'a': [[1, 2], 'v']})))
print(list(enc(default=str).iterencode([object.__name__, {1: 2}])), list(enc().iterencode('x')), list(enc(indent=1).iterencode(5)))
print(type(enc().iterencode([1])).__name__)
class Chunks(io.StringIO):
    def __init__(self):
        super().__init__()
        self.n = 0
    def write(self, s):
        self.n += 1
        return super().write(s)
out = Chunks()
json.dump({'a': [1, 2]}, out, indent=2)
print(out.getvalue(), out.n > 0)
