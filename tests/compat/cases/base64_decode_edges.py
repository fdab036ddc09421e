# base64/binascii decoding at the edges CPython 3.11 defines: junk skipped
# unless validate=True (strict mode and its four messages), data after a
# complete pad ignored, the "1 more than a multiple of 4" count, altchars
# applied at once, non-ASCII text and wrong types refused.
import base64
import binascii
import itertools


def show(f, *a, **k):
    try:
        return f(*a, **k)
    except (binascii.Error, ValueError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


cases = ['abc', 'a===', '!!!!', '=YWJj', 'YWJj=ZA==', 'YW=Jj', 'YWJj\n', 'YWI=', 'YWI', 'YQ==YQ==',
         'YQ=', 'YQ===', 'YWJjZA=', 'Y', '', '====', 'YW Jj', 'YWJj==', 'YQ==\n', 'Y=Q==', 'YWJ=',
         'dXNlcjp0b2tlbg==', 'YWJjZGVmZ2hp\nams=\n', 'YWJjZGVm' * 3 + 'Z']
cases += [''.join(p) for p in itertools.product('Q=-\n', repeat=4)]
cases += [''.join(p) for p in itertools.product('YQ=_ ', repeat=3)]
for c in cases:
    print(repr(c), show(base64.b64decode, c), show(base64.b64decode, c, validate=True),
          show(base64.urlsafe_b64decode, c), show(binascii.a2b_base64, c),
          show(binascii.a2b_base64, c.encode(), strict_mode=True), show(base64.decodebytes, c.encode()))
for s, alt in [('ab+/-_', b'-_'), ('YWJj', b'/+'), ('+/+/', b'/+'), ('a-b_', b'-_')]:
    print(show(base64.b64decode, s, altchars=alt))
for bad in ['é', 3, None]:
    print(show(base64.b64decode, bad))
print(base64.b64decode(bytearray(b'YWJj')), base64.b64decode(memoryview(b'YWJj')))
