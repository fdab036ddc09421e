"""locale: the C/POSIX locale, as on a Linux machine that has only the C
locales installed (a container, a CI runner with LANG=C.UTF-8).

setlocale(category, locale=None) queries and sets per category (LC_CTYPE,
LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL and
glibc's 7..12), accepting 'C', 'POSIX', the UTF-8 C locale under any of
glibc's spellings ('C.UTF-8', 'C.utf8', ...), '' (from LC_ALL, LC_<category>
and LANG, as glibc reads them), (language, encoding) tuples and the
composite strings setlocale(LC_ALL) returns; any other name raises
locale.Error('unsupported locale setting'), as CPython does for a locale
that is not installed. At start LC_CTYPE is the environment's UTF-8 C
locale ('C.UTF-8' when the environment names none) and the other
categories are 'C', as CPython starts.

All of these locales format numbers the C way, so localeconv(),
format_string(), currency() (which refuses, as in C), str(), atof(),
atoi(), delocalize(), localize(), strcoll(), strxfrm() and nl_langinfo()
answer as CPython does in the C locale; getlocale(), getencoding(),
getpreferredencoding(), getdefaultlocale() and resetlocale() follow the
current setting and the environment. normalize() knows the C names,
the common encodings and about seventy common language names; others are
returned unchanged (CPython's full alias table has about a thousand).
Not here: locale_alias and the other alias tables, bindtextdomain and the
gettext functions."""

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'resetlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL',
           'CHAR_MAX', 'getencoding', 'LC_MESSAGES']

_str = str  # str() is redefined below, as in CPython

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories in its order (LC_ALL, 6, is not one).
_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', None,
          'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION')
_CATS = [c for c in range(len(_NAMES)) if c != LC_ALL]


class Error(Exception):
    pass


def _accepts(name):
    # The locales this machine has: C (also as POSIX) and the UTF-8 C locale
    # under any spelling glibc takes for its codeset. Returns the name
    # setlocale() reports, or None.
    if name in ('C', 'POSIX'):
        return 'C'
    if name[:2] == 'C.' and name[2:].lower().replace('-', '') == 'utf8':
        return name
    return None


def _from_env(cat):
    # What '' means for a category: LC_ALL, LC_<category>, LANG, else C.
    import os
    for var in ('LC_ALL', _NAMES[cat], 'LANG'):
        value = os.environ.get(var)
        if value:
            if cat == LC_CTYPE and var != 'LC_ALL' and _accepts(value) == 'C':
                break  # CPython coerces a C LC_CTYPE to C.UTF-8 (PEP 538)
            return value
    if cat == LC_CTYPE and not os.environ.get('LC_ALL'):
        return 'C.UTF-8'
    return 'C'


def _initial():
    current = dict((c, 'C') for c in _CATS)
    current[LC_CTYPE] = _accepts(_from_env(LC_CTYPE)) or 'C.UTF-8'
    return current


_current = _initial()


def _query(category):
    if category == LC_ALL:
        names = [_current[c] for c in _CATS]
        if all(n == names[0] for n in names):
            return names[0]
        return ';'.join('%s=%s' % (_NAMES[c], _current[c]) for c in _CATS)
    if category not in _current:
        raise Error('locale query failed')
    return _current[category]


def _parse_composite(value):
    # 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...' naming every category.
    parts = {}
    for item in value.split(';'):
        key, _, name = item.partition('=')
        if key not in _NAMES or not _accepts(name):
            return None
        parts[_NAMES.index(key)] = _accepts(name)
    return parts if len(parts) == len(_CATS) else None


def setlocale(category, locale=None):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if locale is not None and not isinstance(locale, _str):
        try:
            locale = normalize(_build_localename(locale))
        except TypeError:
            raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                            'language code, encoding.')
    if locale is None:
        return _query(category)
    if category != LC_ALL and category not in _current:
        raise Error('unsupported locale setting')
    cats = _CATS if category == LC_ALL else [category]
    new = {}
    if category == LC_ALL and '=' in locale:
        new = _parse_composite(locale)
        if new is None:
            raise Error('unsupported locale setting')
    else:
        for c in cats:
            name = _accepts(locale or _from_env(c))
            if name is None:
                raise Error('unsupported locale setting')
            new[c] = name
    _current.update(new)
    return _query(category)


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def _is_utf8(name):
    return name.partition('.')[2].lower().replace('-', '') == 'utf8'


def getencoding():
    return 'UTF-8' if _is_utf8(_current[LC_CTYPE]) else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    # CPython asks the environment's LC_CTYPE when do_setlocale is true.
    if do_setlocale:
        return 'UTF-8' if _is_utf8(_from_env(LC_CTYPE)) else 'ANSI_X3.4-1968'
    return getencoding()


def getlocale(category=LC_CTYPE):
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _default_name(envvars):
    import os
    for var in envvars:
        name = os.environ.get(var)
        if name:
            if var == 'LANGUAGE':
                name = name.split(':')[0]
            return name
    return 'C'


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, 2)
    return _parse_localename(_default_name(envvars))


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn("'locale.resetlocale' is deprecated and slated for removal in Python 3.13. "
                  'Use locale.setlocale(locale.LC_ALL, "") instead.', DeprecationWarning, 2)
    name = _parse_localename(_default_name(('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')))
    setlocale(category, _build_localename(name))


def localeconv():
    # The C locale's answer; every locale here has it.
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    # Code point order, which is what both C locales collate by.
    if not isinstance(a, _str) or not isinstance(b, _str):
        raise TypeError('strcoll arguments must be strings')
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, _str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


from _pywasm_locale import (format_string, format, currency, str, atof, atoi, delocalize, localize,  # noqa
                            normalize, nl_langinfo, _ITEMS)


def _constants():
    # CODESET, D_T_FMT, DAY_1, ...: nl_langinfo()'s keys, glibc's numbers.
    g = globals()
    for name, item in _ITEMS.items():
        g[name] = item[0]


_constants()
del _constants

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'getencoding nl_langinfo strcoll strxfrm')
del as_builtins
