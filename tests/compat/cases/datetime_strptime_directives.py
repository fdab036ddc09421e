# datetime.strptime as CPython's regular expressions match: backtracking
# between adjacent numbers, whitespace in the format as one or more spaces,
# letters in any case, %a/%A and %b/%B apart, %c/%x/%X in the C locale,
# week numbers (%U/%W with a weekday), ISO dates (%G/%V/%u), %z forms, and
# the error texts for bad directives, stray %, ISO misuse and bad offsets.
import time
from datetime import datetime
print(time.strptime('2024 10 1', '%Y %U %w'))
for f in ['%q','%','%Y%','%Ez']:
  try: print(datetime.strptime('2024', f))
  except Exception as e: print(type(e).__name__, e)
for s,f in [('2024 10','%G %V'),('2024 10 2','%G %V %u'),('2024 10 2','%Y %V %u'),('2024','%G'),('Tue 2024 10','%a %Y %W'),('Sun 2024 0','%a %Y %U'),('Mon 2024 0','%a %Y %U'),('2023 0 0','%Y %W %w'), ('Tue Mar  5 10:20:30 2024','%c'),('03/05/24','%x'),('10:20:30','%X'),('Tue','%a'), ('2024-03-05T10:20:30.5+0530','%Y-%m-%dT%H:%M:%S.%f%z'), ('+05:30:15.5', '%z'),('-00:00','%z'), ('1 2','%d%m'), ('12','%m%d'), ('2024 7','%Y %u'), (' 5','%d'), ('5 ',' %d '), ('Tuesday, March 05','%A, %B %d'), ('2024 Wed','%Y %a'), ('2024 10 1','%Y %U'), ('2024 53 6', '%Y %U %w'), ('2024 1 7', '%G %V %u'), ('2026 53 1', '%G %V %u'), ('2024 10 2','%G %W %u'), ('2024 2', '%Y %w'),
 ('5','%e'),('Mar','%h'),('Tuesday','%a'),('Tue','%A'),('+0000 UTC','%z %Z'),('UTC','%Z'),('utc','%Z'),('EST','%Z'),('12','%I'),('12 pm','%H %p'),('2024-02-29','%Y-%m-%d'),('Feb 29','%b %d'),('z','%z'),('+01:0030','%z'),('10:20:30','%H:%M:%S'),('1:2:3','%H:%M:%S'),('2024 ','%Y'), ('x2024','x%Y'),('X2024','x%Y'), ('2024\t03','%Y %m'), ('202403','%Y%m'),('2024.03','%Y.%m'),('(2024)','(%Y)'),('2024 3 5','%Y %m %d %%'), ('05:30 PM','%I:%M %p'), ('12:00 AM','%I:%M %p'), ('99','%y'),('68','%y'),('69','%y'), ('1 1 1', '%y %m %d'), ('31/12/1999 23:59:59.999','%d/%m/%Y %H:%M:%S.%f'),('1/1/1','%D'),
 ('2024-065', '%Y-%j'), ('05/03/24 10:20 +0530', '%d/%m/%y %H:%M %z'), ('2024 10 1', '%Y %W %w'), ('2024-03-05T10:20:30Z', '%Y-%m-%dT%H:%M:%S%z'), ('10pm', '%I%p'), ('2024-03-05 +01:30', '%Y-%m-%d %z'), ('March 5, 2024', '%B %d, %Y'), ('2024-03-05 x', '%Y-%m-%d'), ('2024', '%Y %m'), ('1.5', '%S.%f'), ('2024-366', '%Y-%j'), ('2023-366', '%Y-%j'), ('%2024', '%%%Y'), ('2024 1 1', '%G %j %u'), ('2024 5 1', '%Y %V %a'), ('2024 53 1','%G %V %u'), ('2023 53 1','%G %V %u'),
 ('[2024-03-05 10:20:30,123] INFO', '[%Y-%m-%d %H:%M:%S,%f] INFO'), ('05/Mar/2024:10:20:30 +0000', '%d/%b/%Y:%H:%M:%S %z'), ('Tue, 05 Mar 2024 10:20:30 GMT', '%a, %d %b %Y %H:%M:%S %Z'), ('2024-03-05T10:20:30.123456789', '%Y-%m-%dT%H:%M:%S.%f'), ('60', '%S'), ('61', '%S'), ('0 0', '%Y %m')]:
  try: print(repr(s), repr(f), repr(datetime.strptime(s,f)))
  except Exception as e: print(repr(s), repr(f), type(e).__name__, e)
for a in [(5, '%Y'), ('2024', 5)]:
  try: datetime.strptime(*a)
  except Exception as e: print(type(e).__name__, e)
print(time.strptime('Tue Mar  5 10:20:30 2024'))
print(time.strptime('2024-03-05', '%Y-%m-%d').tm_wday)
