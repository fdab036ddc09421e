# decimal (frozen decimal.py): the fixed cases scripts meet (money, rounding
# modes, contexts, formatting), then 1,500 seeded random operations at
# random precisions and rounding modes, each printed as CPython prints it.
import decimal
import random
from decimal import (Decimal as D, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, getcontext, localcontext, Context, InvalidOperation,
                     DivisionByZero)

cases = ['1.10', '2.2', '0', '-0', '1E+3', '123.456', '1e-7', '0.000001', '-5.5', '100', '1.00', 'Infinity', '-inf', 'NaN', '1_000.5', '  7  ', '.5', '5.', '1e1000']
print([str(D(c)) for c in cases])
print([repr(D(c)) for c in ['1.10', '1E+3']])
print(D('1.10') + D('2.2'), D('1.1') * D('3'), D('1') / D('3'), D('10') / D('4'), D('1') / D('8'), D('100') / D('10'))
print(D('7') // D('2'), D('-7') // D('2'), D('7') % D('-2'), D('-7') % D('2'), divmod(D('7.5'), D('2')))
print(D('2') ** 10, D('2') ** -2, D('1.5') ** 2, D('10') ** 0)
print(D('1.23456').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('2.665').quantize(D('0.01')))
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(D(x).quantize(D('1'), rounding=mode)) for x in ['2.5', '-2.5', '1.5', '0.4', '-0.6', '5.1', '0.01']])
print(D(0.1), D(1.5), D(-0.0), D(1e20), D.from_float(0.25))
print(D('3.14159').as_tuple(), D((0, (1, 2, 3), -2)), D((1, (5,), 0)))
print(int(D('3.99')), int(D('-3.99')), float(D('1.5')), round(D('2.5')), round(D('3.5')), round(D('2.567'), 2), round(D('-1.5')))
print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, hash(D('1.0')) == hash(1), D(2) > 1, D('1.2') < D('1.10'), sorted([D('3'), D('1.5'), D(2)]))
print(D('1.00').normalize(), D('0.00').normalize(), D('120').normalize(), D('2').sqrt(), D('16').sqrt(), D('0.25').sqrt())
print(abs(D('-1.5')), -D('1.5'), +D('1.555555555555555555555555555555555'), D('1.5').adjusted(), D('0.001').adjusted())
getcontext().prec = 6
print(D(1) / D(7), D('123456789') + 1, D('1.1') * D('1.1'))
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(D(2) / 3)
print(D(2) / 3)
print(format(D('1234567.891'), ',.2f'), format(D('0.125'), '.2f'), format(D('-3.5'), '>10'), format(D('1.5'), '%'), format(D('12345.6789'), '.3e'), format(D('0.00001234'), 'g'), format(D('1234.5'), '.3g'), format(D('5'), '08.2f'), f"{D('19.999'):.2f}", format(D('1E+3'), 'f'), format(D('1.50'), ''))
try: D('abc')
except InvalidOperation as e: print('InvalidOperation', type(e).__name__)
try: D(1) / D(0)
except DivisionByZero as e: print('DivisionByZero', isinstance(e, ZeroDivisionError))
print(D('1.5') + 1, 1 + D('1.5'), 3 * D('0.1'), sum([D('0.1')] * 3), D('10') - 3, 10 - D('3'))
print(D('5').is_zero(), D('0').is_zero(), D('NaN').is_nan(), D('-1').is_signed(), D('inf').is_infinite(), D(5).to_integral_value(), D('2.5').to_integral_value())
print(str(D('1E-7')), str(D('0E-7')), D('12E+2'), D('-0.0'), D('1.2E-10') * 1, D('1E+2').to_eng_string(), D('123E+5').to_eng_string())
print(D(1) / D('Infinity'), D('Infinity') * -2, D('NaN') + 1, max(D(1), D(2)), min(D('1.0'), D(1)))
print(Context(prec=5).divide(D(1), D(3)), getcontext().prec, getcontext().rounding)
try:
    D(1) + 1.5
except TypeError:
    print('TypeError for Decimal + float')
for v in ['0', '0.00', '-0', '1E+3', '123.456', '-0.001', '1E-9', '99.995', '2.4E+3', '12345678901234567890']:
    print(v, [format(D(v), s) for s in ('.3e', 'e', '.2f', 'f', '.3g', 'g', '', '.2', '.3%', 'G', ',.1f', '+.1f',
                                        '08.2f', '^9.1f', '<7')])


def number(rng):
    if rng.random() < 0.05:
        return rng.choice(['0', '-0', '0.00', '1E+2', '-1E-3'])
    text = str(rng.randint(0, 10 ** rng.randint(1, 12))) + 'E' + str(rng.randint(-8, 4))
    return ('-' if rng.random() < 0.3 else '') + text


rng = random.Random(7)
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for _ in range(1500):
    op = rng.choice(['+', '-', '*', '/', '//', '%', 'q', 'sqrt', 'cmp', 'round', 'fmt', 'str', 'norm', 'pow'])
    a, b = D(number(rng)), D(number(rng))
    context = getcontext()
    context.prec = rng.choice([1, 3, 6, 9, 28, 40])
    context.rounding = rng.choice(modes)
    try:
        r = {
            '+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b, '/': lambda: a / b, '//': lambda: a // b,
            '%': lambda: a % b, 'q': lambda: a.quantize(D('1E%d' % (b.adjusted() % 5 - 2))),
            'sqrt': lambda: abs(a).sqrt(), 'cmp': lambda: (a < b, a == b, a.compare(b)),
            'round': lambda: round(a, b.adjusted() % 4),
            'fmt': lambda: [format(a, s) for s in ('.2f', ',.3f', '.3e', '.4g', '%', '', '10.1f')],
            'str': lambda: (str(a), repr(b), a.as_tuple(), int(a) if a.adjusted() < 30 else 0),
            'norm': lambda: (a.normalize(), +a, -b), 'pow': lambda: a ** (b.adjusted() % 5),
        }[op]()
        print(op, r)
    except decimal.DecimalException as e:
        print(op, type(e).__name__)
getcontext().prec, getcontext().rounding = 28, ROUND_HALF_EVEN
# the 'z' option: no sign on a zero after rounding; '%' after grouping
for v in ['-0.0001', '-0', '-1.5', '-0.004', '-1e-10', '-NaN', '-Infinity']:
    print(v, [format(decimal.Decimal(v), s) for s in ('z.2f', 'z', 'z.1e', 'z.2%', 'z,.1f', '+z.1f', 'zE')])
print([format(decimal.Decimal(v), ',.0%') for v in ('12.34', '1234567.5', 'NaN')])
