# calendar.TextCalendar and the module-level month()/calendar()/prmonth()/
# prcal()/week()/weekheader()/format(): byte for byte, with every width,
# line-spacing, column-spacing and months-per-row argument, including values
# below the minimums (which are clamped), for several first weekdays.
import calendar


def show(s):
    print(repr(s))


for w in (0, 1, 2, 3, 4, 5, 9, 10):
    for l in (0, 1, 2):
        show(calendar.month(2024, 2, w, l))
show(calendar.month(1, 1))
show(calendar.month(9999, 12, 3))
show(calendar.month(2023, 10))
calendar.prmonth(2026, 8)
calendar.prmonth(2026, 8, 4, 2)
print('--')

show(calendar.calendar(2024))
for args in ((2, 1, 6, 3), (0, 0, 0, 3), (3, 2, 1, 4), (1, 1, 10, 2), (4, 1, 2, 6), (2, 1, 6, 12), (2, 1, 6, 1),
             (9, 1, 3, 2), (2, 3, 6, 5)):
    show(calendar.calendar(2025, *args))
calendar.prcal(2023)
calendar.prcal(2023, 3, 2, 4, 4)
calendar.prcal(2000, m=2, c=3)
print('--')

for fw in range(7):
    tc = calendar.TextCalendar(fw)
    show(tc.formatmonth(2024, 9))
    show(tc.formatyear(2021, 2, 1, 4, 4))
    show(tc.formatweekheader(2))
    show(tc.formatweekheader(9))
tc = calendar.TextCalendar(calendar.SUNDAY)
for width in (1, 2, 3, 4, 8, 9, 10, 15):
    show(tc.formatweekheader(width))
    show(tc.formatweekday(2, width))
    show(tc.formatmonthname(2024, 11, width))
    show(tc.formatmonthname(2024, 11, width, False))
    show(tc.formatday(0, 3, width) + '|' + tc.formatday(7, 3, width) + '|' + tc.formatday(31, 3, width))
week = tc.monthdays2calendar(2024, 3)[0]
show(tc.formatweek(week, 3))
tc.prweek(week, 2)
print('|')
tc.pryear(2024, 2, 1, 6, 3)
print('--')

show(calendar.week(week, 4))
calendar.prweek(week, 3)
print('|')
for width in (1, 2, 3, 9):
    show(calendar.weekheader(width))
show(calendar.formatstring(['a', 'bb', 'ccc']))
show(calendar.formatstring(['January', 'x'], 10, 2))
calendar.format(['x', 'y', 'z'])
calendar.format(['x', 'y'], 3, 1)


class Marked(calendar.TextCalendar):
    # a subclass hook, as scripts that highlight a day use it
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        return s.replace(' 14', '*14') if day == 14 else s


show(Marked().formatmonth(2024, 2))
lc = calendar.LocaleTextCalendar(0, 'C')
show(lc.formatmonth(2024, 2))
show(calendar.LocaleTextCalendar(6).formatyear(2024, m=4) == calendar.TextCalendar(6).formatyear(2024, m=4))
