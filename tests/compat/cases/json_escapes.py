# json.loads of strings full of escapes, checked against CPython: the
# decoder's string scanner must see every escape and the true closing quote.
import json

# A tiny deterministic generator, so both interpreters make the same text.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n


PIECES = ['a', 'xyz', '\\n', '\\"', '\\\\', '\\/', '\\t', '\\u00e9', '\\ud83d\\ude00', 'é', ' ', '"']
for case in range(60):
    parts = []
    for _ in range(rnd(40)):
        p = PIECES[rnd(len(PIECES))]
        parts.append('\\"' if p == '"' else p)
    text = '{"k%d": "%s", "n": [1, "%s"]}' % (case, ''.join(parts), ''.join(reversed(parts)))
    value = json.loads(text)
    print(case, len(value['k%d' % case]), ascii(value['n'][1][:12]), json.dumps(value, sort_keys=True)[:40])

long_text = json.dumps({'body': 'line "quoted"\n\ttabbed \\ slash é\n' * 5000})
print(len(json.loads(long_text)['body']))
for bad in ['"abc', '"a\\qb"', '"\\u12"', '["a\\', '{"a": "b\\"}']:
    try:
        json.loads(bad)
    except ValueError as e:
        print(type(e).__name__, e)
