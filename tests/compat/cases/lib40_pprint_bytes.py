# pprint wraps long bytes and bytearray values as CPython does: implicitly
# joined b'' pieces cut at 4-byte steps to the width (in parentheses at the
# top level, inside bytearray(...)); short ones stay whole.
import pprint

pprint.pprint({'bytes': b'\x00\x01' * 30})
for w in (10, 20, 40, 80):
    pprint.pprint(b'abcdefgh' * 12, width=w)
    pprint.pprint(bytearray(b'\x00\xff' * 30), width=w)
    pprint.pprint([b'x' * 50, {'k': bytearray(b'yz' * 40)}, (b'1234567',)], width=w)
pprint.pprint(b'abc', width=1)
pprint.pprint(b'', width=1)
pprint.pprint(bytearray(), width=1)
print(pprint.pformat({'a': b'\x01' * 100}, indent=4, width=30))
print(pprint.pformat([b"'quote\"" * 10], width=30))


class B(bytes):
    pass


class R(bytes):
    def __repr__(self):
        return 'R(%d)' % len(bytes(self))


pprint.pprint(B(b'q' * 100), width=30)
pprint.pprint(R(b'q' * 100), width=3)
