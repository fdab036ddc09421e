# tokenize and token: the tokens of awkward sources, as CPython 3.11 gives them,
# errors, exact types, tokenize() over bytes and untokenize round trips.
import io, token, tokenize
cases = [
    "x = 1", "x = 1\n", "if x:\n\ty = 2\n        z = 3\n", "a = (1,\n  2)\nb = [\n# c\n]\n",
    "s = '''a\nb''' + \"\"\"c\n\"\"\"\n", "t = 'a\\\nb'\n", "u = rb'\\d' + Br\"x\" + f'{x!r:>{w}}' + F\"{'q'}\"\n",
    "n = 0x_1f + 0b1_0 + 0o7 + 1_000.5e-3j + .5 + 5. + 1e10 + 0 + 00 + 3J\n", "f = lambda *a, **k: a ** 2 // 3 @ m\n",
    "x := 1\ndef f() -> int: ...\nx **= 2; y //= 3; z >>= 1; w <<= 2; v != 1\n", "café = 'ü'\nπ = 3\n", "\x0cx = 1\n",
    "x = 1 + \\\n    2\n", "# only a comment", "\n\n", "", "if a:\n    pass\n  # odd comment\nb = 1\n",
    "x = 'unterminated\n", "x = '''open\n", "x = (1,\n", "if a:\n        b\n    c\n", "x = $\n", "a\r\nb\r\n",
    "@dec\nclass C:\n    async def f(self): await g()\n", "x = 1 # trailing\n", "print(f\"{a['k']}\")\n", "0xg", "1if x else 2\n",
    "s = u'x' U'y' R'z' bR'w' Rb'v'\n", "x=[1,\n\n2]\n", "def f(\n    a,\n):\n    return a\n",
]
for src in cases:
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
        print(repr(src), [(token.tok_name[t.exact_type], t.string, t.start, t.end) for t in toks])
        if "\t" not in src:  # CPython re-indents tab-indented lines differently
            print("  round trip", tokenize.untokenize(toks) == src)
    except (tokenize.TokenError, IndentationError) as e:
        print(repr(src), type(e).__name__, e.args[0])
for data in (b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b"\xef\xbb\xbfy = 2\n", b"z = 3\n"):
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    print(toks[0].string, [t.string for t in toks[1:]], repr(toks[1]))
    print("  bytes round trip", tokenize.untokenize(toks) == data.replace(b"\xef\xbb\xbf", b""))
print(tokenize.detect_encoding(io.BytesIO(b"#!/bin/python\n# vim: set fileencoding=utf-8 :\n").readline))
print(token.OP, token.NL, token.tok_name[token.ELLIPSIS], token.EXACT_TOKEN_TYPES["->"], token.ISTERMINAL(5), token.ISEOF(0))
