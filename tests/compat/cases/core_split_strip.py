# split(), rsplit() and strip() by character, with Unicode's whitespace for
# str, and '{:.3}' of a float (patch 0055).
for s in [' a\u3000b\x1cc\u00a0d\u2028e ', 'one  two\tthree\n', '', '   ', 'x']:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.rsplit(maxsplit=0))
print(repr('\u3000 padded\u00a0\u2003'.strip()), repr('\u3000x '.lstrip()), repr(' x\u3000'.rstrip()))
print('è'.strip('é'), 'éaé'.strip('é'), 'été'.lstrip('é'), '«quote»'.strip('«»'), 'www.example.com'.strip('cmowz.'))
print(b' a b  c '.split(), b' a b  c '.rsplit(None, 1), b'\xa0x\xa0'.strip(), b'xxaxx'.strip(b'x'))
print(bytearray(b' ab ').strip(), bytearray(b'ab').strip(b'') == bytearray(b'ab'))
for bad in [lambda: 'a'.strip(1), lambda: 'a'.strip(b'a'), lambda: b'a'.strip('a'), lambda: b'a'.rstrip(5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
values = [1.0, 12.0, 123.0, 123.4, 100.0, 99.96, 0.0, -0.0, 0.0001, 1e-5, 1e16, 2.5, 1 / 3, float('inf')]
for precision in (0, 1, 2, 3, 6):
    print(precision, ' '.join(format(v, '.%d' % precision) for v in values))
print('{:+010.3}|{:<8.2}|{:^9.3}|{:,.6}'.format(12.0, 5.0, 123.0, 1234567.0))
price = 19.0
print(f'Total: {price:.4}', f'{3.14159:.3}')
