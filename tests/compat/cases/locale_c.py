# locale: the C locale set explicitly (so CPython's environment does not
# matter): setlocale queries and errors, composite LC_ALL strings, getlocale,
# encodings, localeconv, C-locale formatting/parsing, normalize, nl_langinfo.
import locale
import warnings

print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_NUMERIC))
print([(k, getattr(locale, k)) for k in sorted(dir(locale)) if k.startswith('LC_')], locale.CHAR_MAX)
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getencoding(), locale.getpreferredencoding(False))
print(issubclass(locale.Error, Exception), locale.Error.__name__)
# (locales that do not exist anywhere: a CI runner may have en_US.UTF-8)
for name in ('C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.utf-8', 'C.UTF8', 'c', 'posix', 'C.ascii', 'xx_YY.UTF-8',
             'xx_YY', 'xx', ('C', None), (None, None), ('xx_YY', 'UTF-8')):
    try:
        print(repr(name), repr(locale.setlocale(locale.LC_ALL, name)), locale.getlocale(), locale.getencoding())
    except locale.Error as e:
        print(repr(name), type(e).__name__, e)
    locale.setlocale(locale.LC_ALL, 'C')
for args in ((99, 'C'), (-1, None), (99,)):
    try:
        locale.setlocale(*args)
    except locale.Error as e:
        print(args, e)
for args in (('x',), (locale.LC_ALL, 5)):
    try:
        locale.setlocale(*args)
    except TypeError as e:
        print(args, e)
print(locale.setlocale(7), locale.setlocale(12, 'C'))

# per-category settings and the composite string; restoring it
print(locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'))
saved = locale.setlocale(locale.LC_ALL)
print(saved)
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_CTYPE), locale.getencoding())
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print(e)
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, saved) == saved, locale.setlocale(locale.LC_NUMERIC))
for bad in ('LC_CTYPE=C;LC_NUMERIC=C.UTF-8', saved.replace('C.UTF-8', 'xx_YY')):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(e)
try:
    locale.setlocale(locale.LC_NUMERIC, 'LC_NUMERIC=C')
except locale.Error as e:
    print(e)
# '' reads LC_ALL, then LC_<category>, then LANG
import os
os.environ['LC_ALL'] = 'C.UTF-8'
print(locale.setlocale(locale.LC_ALL, ''), locale.getpreferredencoding())
os.environ['LC_ALL'] = 'xx_YY.UTF-8'
try:
    locale.setlocale(locale.LC_ALL, '')
except locale.Error as e:
    print(e, locale.setlocale(locale.LC_ALL))
os.environ['LC_ALL'] = 'C'
print(locale.setlocale(locale.LC_NUMERIC, ''), locale.setlocale(locale.LC_ALL, ''))
del os.environ['LC_ALL']
locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
print(locale.getencoding(), locale.nl_langinfo(locale.CODESET), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getencoding(), locale.nl_langinfo(locale.CODESET))

print(locale.localeconv())
print(locale.str(1.5), locale.str(1e20), locale.str(0.1 + 0.2), locale.str(2), locale.str(1 / 3), locale.str(-0.0))
print(locale.atof('1.5'), locale.atof('  2.5 '), locale.atof('3', int), locale.atof('1e3'), locale.atoi('42'), locale.atoi(' -7 '))
for bad in (lambda: locale.atof('1,234.5'), lambda: locale.atoi('1.5')):
    try:
        bad()
    except ValueError as e:
        print(e)
print(locale.delocalize('1,234.5'), locale.localize('1234567.25'), locale.localize('1234567.25', True, True))
print(locale.format_string('%d items, %.2f', (1234567, 1234.5678), grouping=True))
print(locale.format_string('%s %d', ('x', 3)), locale.format_string('%(a)d/%(b)s', {'a': 5, 'b': 'y'}))
print(locale.format_string('%d', 5), locale.format_string('%s', [1, 2]), locale.format_string('%5.1f%%', 12.345))
print(repr(locale.format_string('%.3f|%5d|%-4s|%%|%e|%x|%10.2f|%*d', (3.14159, 42, 'a', 1e10, 255, 3.14, 4, 7),
                                monetary=True)))
print(repr(locale.format_string('%(a).2f %(b)s', {'a': 1.5, 'b': 'x'}, monetary=True)))
try:
    locale.currency(12.5)
except ValueError as e:
    print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(locale.format('%d', 12345, True), locale.format('%.1f', 2.25))
    try:
        locale.format('%d %d', (1, 2))
    except ValueError as e:
        print(e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strcoll('Z', 'a'),
      locale.strcoll('\xe4', 'z'), locale.strxfrm('abc'), sorted(['b', 'B', 'a', 'A'], key=locale.strxfrm))
for n in ('en_US', 'de_DE', 'C', 'POSIX', 'c', 'en_US.utf8', 'ja_JP.eucjp', 'C.UTF-8', 'C.utf8', 'UTF-8', 'en',
          'fr_FR@euro', 'english', 'xx_YY', 'xx_YY.utf8', 'de_DE.ISO8859-1', 'EN_us', 'en-us', 'en_US.latin1',
          'en_US.iso-8859-15', 'en_US.ascii', 'pt_BR.UTF-8', 'ru_RU', 'zh_CN', 'sr_RS@latin', 'C.ascii', 'univ',
          'en_GB.utf-8', 'pl_PL'):
    print(n, '->', locale.normalize(n))
print([locale.nl_langinfo(getattr(locale, k)) for k in ('RADIXCHAR', 'THOUSEP', 'D_T_FMT', 'D_FMT', 'T_FMT',
                                                          'T_FMT_AMPM', 'AM_STR', 'YESEXPR', 'NOEXPR', 'CRNCYSTR')])
print([locale.nl_langinfo(getattr(locale, 'DAY_%d' % i)) for i in range(1, 8)], locale.nl_langinfo(locale.ABMON_12),
      locale.nl_langinfo(locale.MON_9), locale.nl_langinfo(locale.ABDAY_1), locale.CODESET, locale.D_T_FMT)
try:
    locale.nl_langinfo(5)
except ValueError as e:
    print(e)
print(sorted(locale.__all__))
