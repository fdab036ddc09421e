# calendar.HTMLCalendar: formatmonth/formatyear/formatyearpage HTML exactly
# as CPython prints it, with firstweekday, withyear, width, css and encoding
# arguments, subclassed CSS class names and a formatday override.
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(repr(h.formatmonth(1, 1)))
print(repr(h.formatday(0, 5)), repr(h.formatday(17, 6)), repr(h.formatweekday(3)))
print(h.formatweekheader())
print(h.formatmonthname(2024, 7), h.formatmonthname(2024, 7, False))
print(h.formatweek(h.monthdays2calendar(2024, 3)[0]))
for fw in (0, 3, 6):
    print(calendar.HTMLCalendar(fw).formatmonth(2025, 6))
print(h.formatyear(2024))
for width in (0, 1, 2, 4, 5, 12, 13):
    y = calendar.HTMLCalendar(6).formatyear(2023, width)
    print(width, len(y), y.count('<tr>'), y[:160])
page = h.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page.decode()[:700])
print(page.decode()[-300:])
print(h.formatyearpage(2024, 4, None, 'ascii')[:400])
print(h.formatyearpage(2024, 2, 'st\u00fcl.css', 'ascii')[:500])
print(h.formatyearpage(2024, 2, 'st\u00fcl.css', 'latin-1')[:500])
print(h.formatyearpage(2024, 2, 'st\u00fcl.css')[:500])


class Styled(calendar.HTMLCalendar):
    cssclasses = ['wk', 'wk', 'wk', 'wk', 'wk', 'we', 'we']
    cssclass_noday = 'blank'
    cssclass_month = 'cal'
    cssclass_month_head = 'head'
    cssclass_year = 'years'
    cssclass_year_head = 'yhead'

    def formatday(self, day, weekday):
        if day == 14:
            return '<td class="today">14</td>'
        return super().formatday(day, weekday)


s = Styled(calendar.SUNDAY)
print(s.formatmonth(2024, 2))
print(s.formatyear(2024, 6)[:900])
lh = calendar.LocaleHTMLCalendar(0, 'C')
print(lh.formatmonth(2024, 12) == calendar.HTMLCalendar().formatmonth(2024, 12))
