# json.decoder.scanstring, which JSON tokenizers written in Python call
# (ijson's python backend): the string whose quote is at end - 1, and the
# index after its closing quote; CPython's errors and positions.
from json.decoder import scanstring, JSONDecodeError

for s, i in (('"abc"', 1), ('x "h\\u00e9llo\\n\\"q\\"" y', 3), ('"é✓"rest', 1), ('"\\ud83d\\ude00"', 1), ('ab"cd"ef', 3)):
    print(scanstring(s, i))
for s, i, strict in (('"abc', 1, True), ('"a\nb"', 1, True), ('"a\nb"', 1, False), ('"\\x"', 1, True),
                     ('"\\u12"', 1, True), ('é"\\q"', 2, True)):
    try:
        print(scanstring(s, i, strict))
    except JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
