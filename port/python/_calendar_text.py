"""The text and HTML calendars of calendar (TextCalendar, HTMLCalendar, the
Locale* variants and different_locale), kept apart from the date arithmetic.
Imported by calendar once its Calendar class exists."""
import calendar as _cal


class TextCalendar(_cal.Calendar):
    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = _cal.day_name if width >= 9 else _cal.day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(d, width) for d in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = _cal.month_name[themonth]
        if withyear:
            name = '%s %r' % (name, theyear)
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        end = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1), self.formatweekheader(w)]
        lines += [self.formatweek(wk, w) for wk in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + end for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        end = '\n' * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), end]

        def row_of(cols):
            out.append(_cal.formatstring(cols, colwidth, c).rstrip())
            out.append(end)

        header = self.formatweekheader(w)
        for i, cals in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(end)
            row_of([self.formatmonthname(theyear, k, colwidth, False) for k in months])
            row_of([header for k in months])
            for j in range(max(len(weeks) for weeks in cals)):
                row_of([self.formatweek(weeks[j], w) if j < len(weeks) else '' for weeks in cals])
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


_TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'


class HTMLCalendar(_cal.Calendar):
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], _cal.day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(d) for d in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        name = _cal.month_name[themonth]
        if withyear:
            name = '%s %s' % (name, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, name)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [_TABLE % self.cssclass_month, self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(wk) for wk in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(r + '\n' for r in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [_TABLE % self.cssclass_year, '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out.append('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False))
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            import sys
            encoding = sys.getdefaultencoding()
        page = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page.append('<title>Calendar for %d</title>\n</head>\n<body>\n' % theyear)
        page.append(self.formatyear(theyear, width))
        page.append('</body>\n</html>\n')
        return _xml_encode(''.join(page), encoding)


def _xml_encode(text, encoding):
    # str.encode(encoding, 'xmlcharrefreplace'), done by hand: MicroPython's
    # encode knows no error handlers.
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            out.append(ch.encode(encoding))
        except UnicodeEncodeError:
            out.append(('&#%d;' % ord(ch)).encode(encoding))
    return b''.join(out)


def _check_locale(locale):
    # Only English names are available: accept the locales that give them.
    name = locale[0] if isinstance(locale, tuple) else locale
    if name is None or name in ('', 'C', 'POSIX') or name.startswith('C.') or name.startswith('en'):
        return
    raise NotImplementedError('calendar: the %r locale (only English day and month names)' % (locale,))


class different_locale:
    def __init__(self, locale):
        _check_locale(locale)
        self.locale = locale

    def __enter__(self):
        pass

    def __exit__(self, *exc):
        pass


class LocaleTextCalendar(TextCalendar):
    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        _check_locale(locale)
        self.locale = 'C' if locale is None else locale


class LocaleHTMLCalendar(HTMLCalendar):
    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        _check_locale(locale)
        self.locale = 'C' if locale is None else locale
