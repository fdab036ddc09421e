# calendar: isleap/leapdays/weekday/monthrange/timegm over awkward dates
# (year 1, 9999, out-of-range years, month edges), the name sequences,
# firstweekday/setfirstweekday and the exception types and messages.
import calendar


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


for y in (1, 4, 100, 200, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 9996, 9999, 0, -4):
    print(y, calendar.isleap(y))
for a, b in ((1, 1), (1, 10000), (1900, 2000), (2000, 1900), (2000, 2001), (2001, 2004), (2001, 2005),
             (-400, 400), (-1, 1), (0, 1), (1999, 2100)):
    print('leapdays', a, b, calendar.leapdays(a, b))
for args in ((1, 1, 1), (9999, 12, 31), (2024, 2, 29), (2023, 2, 29), (1970, 1, 1), (2000, 1, 1), (0, 1, 1),
             (10000, 1, 1), (-1, 1, 1), (-400, 3, 1), (12345, 6, 7), (2020, 13, 1), (2020, 0, 1),
             (2020, 4, 31), (2020, 1, 0)):
    show('weekday %r' % (args,), calendar.weekday, *args)
for y in (1, 1900, 2000, 2023, 2024, 9999, 0, 10000):
    print('monthrange', y, [calendar.monthrange(y, m) for m in range(1, 13)])
for m in (0, 13, -1, 100):
    show('monthrange m=%r' % m, calendar.monthrange, 2020, m)
for t in ((1970, 1, 1, 0, 0, 0), (2000, 2, 29, 23, 59, 59), (1969, 12, 31, 23, 59, 59), (2038, 1, 19, 3, 14, 8),
          (1, 1, 1, 0, 0, 0), (9999, 12, 31, 23, 59, 59), (2020, 1, 40, 0, 0, 0), (2020, 1, 0, -1, 0, 0),
          (2020, 3, 1, 25, 61, 61), (2020, 1, 1, 0, 0, 0.5), (2020, 1, 1, 0, 0, 0, 2, 1, 0), (0, 1, 1, 0, 0, 0),
          (2020, 13, 1, 0, 0, 0)):
    show('timegm %r' % (t,), calendar.timegm, t)
import time
print(calendar.timegm(time.gmtime(1700000000)))

print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), len(calendar.day_abbr), len(calendar.month_abbr))
print(calendar.month_name[1:4], calendar.day_abbr[-2:], calendar.month_abbr[-1], calendar.day_name[::3])
print(type(calendar.month_name).__name__, type(calendar.day_name).__name__)
show('month_name[13]', lambda: calendar.month_name[13])
show('day_name[7]', lambda: calendar.day_name[7])
print(calendar.mdays, calendar.January, calendar.February, calendar.EPOCH, calendar.error is ValueError)
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY,
      calendar.SATURDAY, calendar.SUNDAY)
print(hasattr(calendar, 'Month'), hasattr(calendar, 'Day'), hasattr(calendar, 'JANUARY'))
print(sorted(calendar.__all__))

print(calendar.firstweekday())
for fw in (7, -1, 10):
    show('setfirstweekday %r' % fw, calendar.setfirstweekday, fw)
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.monthcalendar(2024, 2))
calendar.setfirstweekday(0)

e = calendar.IllegalMonthError(13)
print(isinstance(e, ValueError), e.month, e.args, str(e))
e = calendar.IllegalWeekdayError(-3)
print(isinstance(e, ValueError), e.weekday, e.args, str(e))
try:
    calendar.monthcalendar(2024, 14)
except calendar.error as e:
    print('error', type(e).__name__, e)
print(repr(calendar.IllegalMonthError(0)), repr(calendar.IllegalWeekdayError('x')))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e.weekday, e)
