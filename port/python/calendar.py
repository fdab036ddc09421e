"""calendar: CPython 3.11's calendar module. isleap, leapdays, weekday,
monthrange, monthcalendar, timegm, the day/month name sequences, MONDAY..
SUNDAY, firstweekday/setfirstweekday, Calendar with all its iterators and
the *calendar list builders, TextCalendar (formatmonth, prmonth, formatyear,
pryear, with every width, line and column argument), HTMLCalendar
(formatmonth, formatyear, formatyearpage), and the module-level month(),
calendar(), prmonth(), prcal(), week(), weekheader(), format(),
formatstring(), IllegalMonthError and IllegalWeekdayError.

Names are English, as in the C locale: LocaleTextCalendar and
LocaleHTMLCalendar accept None, 'C', 'POSIX' or an English ('en...') locale
and print as the plain classes do; any other locale raises
NotImplementedError, as does different_locale with one. `python -m
calendar` is python3 3.11's command line (main)."""
import datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday', 'isleap', 'leapdays',
           'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar', 'timegm',
           'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar', 'TextCalendar', 'HTMLCalendar',
           'LocaleTextCalendar', 'LocaleHTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY',
           'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2
EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        ValueError.__init__(self, month)
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        ValueError.__init__(self, weekday)
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % (self.weekday,)


class _names:
    # A read-only sequence of names: an index gives a str, a slice a list
    # (CPython builds these from strftime in the current locale).
    def __init__(self, names):
        self._names = list(names)  # a list, for CPython's IndexError text

    def __getitem__(self, i):
        got = self._names[i]
        return list(got) if isinstance(i, slice) else got

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


class _localized_day(_names):
    pass


class _localized_month(_names):
    pass


day_name = _localized_day(('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'))
day_abbr = _localized_day(('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'))
month_name = _localized_month(('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                               'September', 'October', 'November', 'December'))
month_abbr = _localized_month(('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                               'Dec'))


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    # leap years in [y1, y2): count those up to y2 - 1 minus those up to y1 - 1
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    # Out of datetime's range, a year with the same 400-year cycle position.
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _monthlen(year, month):
    return 29 if month == 2 and isleap(year) else mdays[month]


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]


class Calendar:
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    # The stored value is kept as given; reads see it reduced mod 7.
    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _pads(self, year, month):
        # days shown from the month before and after to fill whole weeks
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        return before, ndays, (self.firstweekday - first - ndays) % 7

    def itermonthdays3(self, year, month):
        before, ndays, after = self._pads(year, month)
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd
            wd = (wd + 1) % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        before, ndays, after = self._pads(year, month)
        for _ in range(before):
            yield 0
        for d in range(1, ndays + 1):
            yield d
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd
            wd = (wd + 1) % 7

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


# The formatting classes subclass Calendar, so they come in once it exists.
from _calendar_text import (  # noqa: E402
    TextCalendar, HTMLCalendar, LocaleTextCalendar, LocaleHTMLCalendar, different_locale)

# The module-level functions are bound methods of one shared calendar, so
# setfirstweekday() below affects all of them.
c = TextCalendar()
(firstweekday, monthcalendar, prweek, week, weekheader,
 prmonth, month, calendar, prcal) = (
    c.getfirstweekday, c.monthdayscalendar, c.prweek, c.formatweek,
    c.formatweekheader, c.prmonth, c.formatmonth, c.formatyear, c.pryear)


def setfirstweekday(firstweekday):
    in_range = MONDAY <= firstweekday <= SUNDAY
    if not in_range:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args=None):
    """`python -m calendar [options] [year] [month]`, as python3 3.11's: this
    year's calendar, a year's, or a month's, as text or (-t html) a page."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser()
    text = parser.add_argument_group('text only arguments')
    html = parser.add_argument_group('html only arguments')
    for short, name, default, what in (('-w', 'width', 2, 'width of date column'),
                                       ('-l', 'lines', 1, 'number of lines for each week'),
                                       ('-s', 'spacing', 6, 'spacing between months'),
                                       ('-m', 'months', 3, 'months per row')):
        text.add_argument(short, '--' + name, type=int, default=default, help='%s (default %d)' % (what, default))
    html.add_argument('-c', '--css', default='calendar.css', help='CSS to use for page')
    parser.add_argument('-L', '--locale', default=None, help='locale to use for month and weekday names')
    parser.add_argument('-e', '--encoding', default=None, help='encoding to use for output')
    parser.add_argument('-t', '--type', default='text', choices=('text', 'html'), help='output type (text or html)')
    parser.add_argument('year', nargs='?', type=int, help='year number (1-9999)')
    parser.add_argument('month', nargs='?', type=int, help='month number (1-12, text only)')
    options = parser.parse_args((args or sys.argv)[1:])
    if options.locale and not options.encoding:
        parser.error('if --locale is specified --encoding is required')
    locale = (options.locale, options.encoding)
    year = datetime.date.today().year if options.year is None else options.year
    if options.type == 'html':
        if options.month is not None:
            parser.error('incorrect number of arguments')
        cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
        page = cal.formatyearpage(year, encoding=options.encoding or 'utf-8', css=options.css)
        sys.stdout.buffer.write(page)
        return
    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    if options.month is None:
        result = cal.formatyear(year, w=options.width, l=options.lines, c=options.spacing, m=options.months)
    else:
        result = cal.formatmonth(year, options.month, w=options.width, l=options.lines)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
