# decimal: exp(), ln() and log10(), Decimal's and Context's, correctly rounded
# to the precision (always half-even), with their flags and special values
from decimal import (Decimal, Context, localcontext, getcontext, ROUND_DOWN, ROUND_UP, DecimalException,
                     Inexact, Rounded, InvalidOperation, Overflow)

values = ['1', '2', '0.5', '10', '-1', '-10', '100', '0.001', '1.0000000001', '0.9999999999', '123.456',
          '-123.456', '1E+10', '1E-10', '-1E-10', '2E+100', '3.14159', '7', '1E+1000', '5E-1000', '0.1',
          '9.99999', '1.5', '0.75', '2.302585092994045684017991454684364', '230', '-230', '1E-30',
          '12345678901234567890', '0.000001234', '1E+6', '99', '101', '1.000000000000000000000000000001',
          '81645.267853E3', '-5875.90498E1', '96980.683704E-4', '32644.680499E-19', '-6239.71271E-11']


def flags(c):
    return ''.join(s.__name__[0] for s in (Inexact, Rounded, InvalidOperation, Overflow) if c.flags[s])


for prec in (1, 3, 9, 28, 45):
    for v in values:
        out = []
        for op in ('exp', 'ln', 'log10'):
            c = Context(prec=prec, traps=[])
            out.append('%s=%s %s' % (op, getattr(c, op)(Decimal(v)), flags(c)))
        print(prec, v, ' '.join(out))

# special values, exact results and the exponent each keeps
for v in ('NaN', 'sNaN', 'Inf', '-Inf', '0', '-0', '0E-5', '1', '1.000', '10', '1E+3', '100.0', '-0.5',
          '2302586', '-1E+7', '1E-999999', '0.99999999999999999999999999999'):
    out = []
    for op in ('exp', 'ln', 'log10'):
        c = Context(traps=[])
        out.append('%s=%r %s' % (op, getattr(Decimal(v), op)(c), flags(c)))
    print(v, ' | '.join(out))

# the rounding mode does not matter; traps do
for rounding in (ROUND_DOWN, ROUND_UP):
    c = Context(prec=6, rounding=rounding)
    print(rounding, c.ln(2), c.exp(1), c.log10(2), c.exp(Decimal('-1')))
for v, op in (('-1', 'ln'), ('1E+7', 'exp'), ('sNaN', 'exp'), ('-1', 'log10')):
    try:
        print(v, op, getattr(Decimal(v), op)())
    except DecimalException as e:
        print(v, op, type(e).__name__)
getcontext().prec = 40
print(Decimal(2).ln(), Decimal(2).exp(), Decimal(2).log10())
print(getcontext().ln(Decimal('2.5')), getcontext().exp(3), getcontext().log10(1000))
with localcontext() as ctx:
    ctx.prec = 12
    print(Decimal('0.999').ln(), Decimal('-0.001').exp(), Decimal('3').log10())
# compound interest, continuously: 1000 * e**(0.05 * 10)
getcontext().prec = 28
print((Decimal(1000) * (Decimal('0.05') * 10).exp()).quantize(Decimal('0.01')))
# years to double at 7%
print(Decimal(2).ln() / Decimal('1.07').ln())
