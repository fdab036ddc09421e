"""The formatting half of locale (see locale.py): format_string, format,
currency, str, atof, atoi, delocalize, localize, normalize and nl_langinfo,
as they answer in the C locale."""

_str = str


def _spec():
    global _SPEC
    if _SPEC is None:
        import re
        _SPEC = re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')
    return _SPEC


_SPEC = None


def _one(spec, value, monetary):
    s = spec % value
    if monetary and spec[-1] in 'eEfFgG':
        s = s.replace('.', '', 1)  # the C locale has no monetary decimal point
    return s


def format_string(f, val, grouping=False, monetary=False):
    # The C locale groups nothing, so only monetary formatting differs
    # from the % operator.
    if not monetary:
        return f % val
    out = []
    pos = 0
    i = 0
    args = val if isinstance(val, tuple) else (val,)
    for m in _spec().finditer(f):
        out.append(f[pos:m.start()])
        pos = m.end()
        spec = m.group(0)
        if spec == '%%':
            out.append('%')
        elif m.group('key') is not None:
            out.append(_one(spec, val, True))
        else:
            n = 1 + m.group('modifiers').count('*')
            out.append(_one(spec, args[i:i + n] if n > 1 else args[i], True))
            i += n
    out.append(f[pos:])
    return ''.join(out)


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, 2)
    m = _spec().match(percent)
    if not m or len(m.group(0)) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, %r not valid" % (percent,))
    if additional:
        value = (value,) + additional
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string  # no thousands separator; the decimal point is '.'


def localize(string, grouping=False, monetary=False):
    return string.replace('.', '', 1) if monetary else string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# normalize(): lower-case name (encoding without '-' and '_') -> CPython's
# answer, for the C names and common languages.
_ALIAS = dict(item.split('=') for item in (
    'c=C posix=C c.ascii=C c.en=C c.utf8=en_US.UTF-8 univ=en_US.utf english=en_EN.ISO8859-1 '
    'german=de_DE.ISO8859-1 french=fr_FR.ISO8859-1 spanish=es_ES.ISO8859-1 en=en_US.ISO8859-1 '
    'de=de_DE.ISO8859-1 fr=fr_FR.ISO8859-1 es=es_ES.ISO8859-1 it=it_IT.ISO8859-1 pt=pt_PT.ISO8859-1 '
    'nl=nl_NL.ISO8859-1 sv=sv_SE.ISO8859-1 da=da_DK.ISO8859-1 fi=fi_FI.ISO8859-15 pl=pl_PL.ISO8859-2 '
    'cs=cs_CZ.ISO8859-2 ru=ru_RU.UTF-8 tr=tr_TR.ISO8859-9 ja=ja_JP.eucJP ko=ko_KR.eucKR zh=zh_CN.eucCN '
    'ar=ar_AA.ISO8859-6 he=he_IL.ISO8859-8 zh_cn=zh_CN.gb2312 zh_tw=zh_TW.big5 zh_hk=zh_HK.big5hkscs '
    'ja_jp=ja_JP.eucJP ko_kr=ko_KR.eucKR ru_ru=ru_RU.UTF-8 uk_ua=uk_UA.KOI8-U el_gr=el_GR.ISO8859-7 '
    'hi_in=hi_IN.ISCII-DEV th_th=th_TH.ISO8859-11 vi_vn=vi_VN.TCVN fi_fi=fi_FI.ISO8859-15 '
    'sr_rs@latin=sr_RS.UTF-8@latin').split()
)


def _latin(names, enc):
    for n in names.split():
        _ALIAS[n] = n[:3] + n[3:].upper() + '.' + enc


_latin('en_us en_gb en_ca en_au en_in en_ie en_nz en_za de_de de_at de_ch fr_fr fr_ca fr_be fr_ch es_es '
       'es_mx es_ar it_it pt_br pt_pt nl_nl nl_be sv_se da_dk nb_no id_id', 'ISO8859-1')
_latin('pl_pl cs_cz hu_hu ro_ro', 'ISO8859-2')
_latin('tr_tr', 'ISO8859-9')
_latin('ar_sa', 'ISO8859-6')
_latin('he_il', 'ISO8859-8')
for _n in ('de_de', 'fr_fr', 'es_es', 'it_it', 'nl_nl'):
    _ALIAS[_n + '@euro'] = _n[:3] + _n[3:].upper() + '.ISO8859-15'
del _n

_ENCODINGS = {'utf8': 'UTF-8', 'latin1': 'ISO8859-1', 'iso88591': 'ISO8859-1', 'ascii': 'ISO8859-1',
              'iso885915': 'ISO8859-15', 'latin9': 'ISO8859-15', 'iso88592': 'ISO8859-2', 'eucjp': 'eucJP',
              'euckr': 'eucKR', 'sjis': 'SJIS', 'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U'}


def _enc_key(enc):
    return enc.lower().replace('-', '').replace('_', '')


def normalize(localename):
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    lang, _, enc = code.partition('.')
    key = lang + ('.' + _enc_key(enc) if enc else '') + ('@' + modifier if modifier else '')
    if key in _ALIAS:
        return _ALIAS[key]
    base = _ALIAS.get(lang)
    if enc and base is not None:
        k = _enc_key(enc)
        return base.split('.')[0] + '.' + _ENCODINGS.get(k, enc.lower()) + ('@' + modifier if modifier else '')
    return localename


# nl_langinfo(): constant name -> (glibc's item number, the C locale's text)
_ITEMS = {'CODESET': (14, None), 'RADIXCHAR': (65536, '.'), 'THOUSEP': (65537, ''),
          'D_T_FMT': (131112, '%a %b %e %H:%M:%S %Y'), 'D_FMT': (131113, '%m/%d/%y'),
          'T_FMT': (131114, '%H:%M:%S'), 'T_FMT_AMPM': (131115, '%I:%M:%S %p'), 'AM_STR': (131110, 'AM'),
          'PM_STR': (131111, 'PM'), 'ERA': (131116, ''), 'ERA_D_FMT': (131118, ''),
          'ALT_DIGITS': (131119, ''), 'ERA_D_T_FMT': (131120, ''), 'ERA_T_FMT': (131121, ''),
          'CRNCYSTR': (262159, '-'), 'YESEXPR': (327680, '^[yY]'), 'NOEXPR': (327681, '^[nN]')}
_DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split()
_MONTHS = 'January February March April May June July August September October November December'.split()
for _i in range(7):
    _ITEMS['DAY_%d' % (_i + 1)] = (131079 + _i, _DAYS[_i])
    _ITEMS['ABDAY_%d' % (_i + 1)] = (131072 + _i, _DAYS[_i][:3])
for _i in range(12):
    _ITEMS['MON_%d' % (_i + 1)] = (131098 + _i, _MONTHS[_i])
    _ITEMS['ABMON_%d' % (_i + 1)] = (131086 + _i, _MONTHS[_i][:3])
del _i
_BY_NUMBER = dict(v for v in _ITEMS.values())


def nl_langinfo(key):
    if key not in _BY_NUMBER:
        raise ValueError('unsupported langinfo constant')
    if key == 14:
        import locale
        return locale.getencoding()
    return _BY_NUMBER[key]
