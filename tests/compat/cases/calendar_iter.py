# calendar.Calendar: iterweekdays and every itermonth*/month*calendar/
# year*calendar method for firstweekday 0..6 (and out-of-range values that
# wrap), across month edges, leap Februaries, year 1 and year 9999.
import calendar

for fw in range(7):
    c = calendar.Calendar(fw)
    print('fw', fw, c.getfirstweekday(), c.firstweekday, list(c.iterweekdays()))
    for y, m in ((2024, 2), (2023, 2), (2021, 2), (2015, 2), (2024, 12), (2025, 1), (2026, 3), (1970, 1)):
        print(y, m, list(c.itermonthdays(y, m)))
        print(list(c.itermonthdays2(y, m)))
        print(list(c.itermonthdays3(y, m))[:8], list(c.itermonthdays4(y, m))[-8:])
        print([str(d) for d in c.itermonthdates(y, m)][::6])
        print(c.monthdayscalendar(y, m))
        print(c.monthdays2calendar(y, m)[-1])
        print([[str(d) for d in wk] for wk in c.monthdatescalendar(y, m)][0])

for fw in (7, 8, -1, -7, 13):
    c = calendar.Calendar(fw)
    print('wrap', fw, c.getfirstweekday(), list(c.iterweekdays()), c.monthdayscalendar(2024, 9)[0])
c = calendar.Calendar()
c.setfirstweekday(3)
print(c.firstweekday, list(c.iterweekdays()))
c.firstweekday = 12
print(c.getfirstweekday(), list(c.iterweekdays()))

# year 1 starts on a Monday; 9999 ends on a Friday: dates out of range only
# matter to itermonthdates
for fw in (0, 6):
    c = calendar.Calendar(fw)
    print(list(c.itermonthdays3(1, 1))[:3], list(c.itermonthdays4(9999, 12))[-3:])
    for y, m in ((1, 1), (9999, 12)):
        try:
            print(len(list(c.itermonthdates(y, m))))
        except ValueError as e:
            print('ValueError', e)
        try:
            print(len(c.monthdatescalendar(y, m)))
        except ValueError as e:
            print('ValueError', e)

c = calendar.Calendar(calendar.SUNDAY)
for width in (1, 2, 3, 4, 5, 12):
    print('width', width, [len(row) for row in c.yeardayscalendar(2024, width)])
print(c.yeardayscalendar(2024)[0][1])
print(c.yeardays2calendar(2023, 4)[2][3][-1])
print([[len(m) for m in row] for row in c.yeardatescalendar(2024, 5)])
print(str(c.yeardatescalendar(2024)[3][2][-1][-1]))
try:
    list(c.itermonthdays(2024, 13))
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
try:
    c.yeardayscalendar(2024, 0)
except ValueError as e:
    print('ValueError')
