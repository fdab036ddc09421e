# strftime directives beyond C89 that glibc (and so CPython on Linux) has:
# %C %g %G %V %k %l %P %r %e %D %T %R %n %t.
from datetime import datetime, date
import time
for dt in (datetime(2024, 1, 1, 0, 5, 9), datetime(2021, 1, 3, 13, 45), datetime(1999, 12, 31, 23, 59, 59), datetime(2026, 12, 28, 12, 0)):
    print(dt.strftime('%C|%g|%G|%V|%k|%l|%P|%p|%r|%e|%D|%T|%R|%u|%w|%U|%W|%j'))
print(date(2024, 7, 4).strftime('%C%g %k %l %P'), repr(datetime(2024, 1, 1).strftime('%n%t')))
print(time.strftime('%C %g %r %k', time.struct_time((2024, 7, 4, 9, 3, 0, 3, 186, 0))))
