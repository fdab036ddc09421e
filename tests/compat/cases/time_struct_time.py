# struct_time from time and from datetime: one type, printed and indexed as CPython's.
import datetime
import time

d = datetime.datetime(2026, 12, 1, 18, 30, 5)
tt = d.timetuple()
print(tt)
print(tt.tm_year, tt.tm_yday, tt.tm_wday, tt.tm_isdst, tt[0], tt[-1], len(tt))
print(type(tt) is time.struct_time)
print(d.date().timetuple())
print(d.replace(tzinfo=datetime.timezone.utc).utctimetuple())
g = time.gmtime(0)
print(g)
print(str(g) == repr(g), tuple(g)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)))
