# CPython 3.11's limit on the decimal digits of int <-> str conversions
# (4,300 by default), and sys.get/set_int_max_str_digits().
import sys
try: str(10**5000)
except ValueError as e: print(e)
try: int('1'*5000)
except ValueError as e: print(e)
print(int('1_'*2500+'1') % 1000)
print(sys.get_int_max_str_digits(), sys.int_info, sys.flags.int_max_str_digits)
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
sys.set_int_max_str_digits(640)
try: str(10**640)
except ValueError as e: print(e)
print(len(str(10**639)), len(str(-10**639)))
print(hex(10**5000)[:5], int('f'*5000, 16) > 0, '%d' % 5, format(10**700, 'x')[:3], len(bin(10**900)))
for f in [lambda: '%d' % 10**700, lambda: f'{10**700}', lambda: repr(10**700), lambda: int('9'*700, 7), lambda: format(10**700, ','), lambda: str(-10**700)]:
    try: f(); print("ok")
    except ValueError as e: print(str(e)[:60])
import json
try: json.dumps(10**700)
except ValueError as e: print('json', e)
print(len(str(2**2000)), int('7' * 640) % 10)
sys.set_int_max_str_digits(0); print(len(str(10**5000)), len(str(int('3' * 6000))))
