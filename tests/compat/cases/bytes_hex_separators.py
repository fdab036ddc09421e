# hex() with a separator every bytes_per_sep bytes: counted from the right,
# from the left when negative, none when 0 or past the length; the same for
# bytearray, memoryview and binascii.hexlify, and CPython's errors.
import binascii

data = b'\x01\x02\x03\x04\x05'
print(data.hex(), data.hex('-'), data.hex(b':'), data.hex('-', 2), data.hex('-', -2), data.hex(':', 0))
print(data.hex(':', 4), data.hex(':', 5), data.hex(':', 9), data.hex(':', -9), b'\xff'.hex('-', 2), repr(b''.hex('-', 2)))
print(bytearray(data).hex(' ', 1), memoryview(data).hex('|', -3), binascii.hexlify(data, '-', 2), binascii.hexlify(data, b' '))
print(bytes(range(250, 256)).hex('_', 3), (1234567890).to_bytes(8, 'big').hex(' ', -4))
for args in [('--',), ('é',), (1,), (b'ab',), (b'\xff',), ('-', 'x')]:
    try:
        print(data.hex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
