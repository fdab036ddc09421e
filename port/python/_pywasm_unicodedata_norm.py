"""unicodedata.normalize for pywasm: the four normalization forms of
Unicode 14.0.0 (UAX #15), from the decompositions and combining classes of
unicodedata's tables. The tables it needs are built on first use: the
canonical ones for NFC and NFD, the compatibility one only for NFKC and NFKD."""
import unicodedata as _ud
import _pywasm_unicodedata_data as _data

# Hangul syllables decompose and compose by arithmetic (Unicode 3.12).
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT
_L_END, _V_END, _T_END = _L_BASE + _L_COUNT, _V_BASE + _V_COUNT, _T_BASE + _T_COUNT
_S_END = _S_BASE + _S_COUNT

_FORMS = {'NFC': (False, True), 'NFD': (False, False),
          'NFKC': (True, True), 'NFKD': (True, False)}
# A string is already in the form when all the bytes of its UTF-8 are below
# this: for NFC, when all its chars are below U+0300 (none of those has a
# combining class or composes with what precedes it); for NFD, below U+00C0
# (none has a canonical decomposition); for NFKC and NFKD, ASCII.
_UNCHANGED_BELOW = {'NFC': 0xCC, 'NFD': 0xC3, 'NFKC': 0x80, 'NFKD': 0x80}

_ccc = None        # {code point: combining class} for classes other than 0
# [canonical, compatibility]: {code point: its full decomposition, a tuple
# of code points, or None for none}, filled in as chars are met.
_full = [{}, {}]
_pairs = None      # {first: {second: composite}}
_UNSEEN = object()


def _hangul(cp):
    s = cp - _S_BASE
    t = s % _T_COUNT
    out = (_L_BASE + s // _N_COUNT, _V_BASE + (s % _N_COUNT) // _T_COUNT)
    return out + (_T_BASE + t,) if t else out


def _expand(cp, compat):
    """The full decomposition of cp (each mapping applied until nothing
    changes; compat: the compatibility mappings too), None if it has none."""
    memo = _full[compat]
    if cp in memo:
        return memo[cp]
    mapped = _ud._canonical_table().get(cp)
    if mapped is None and compat:
        entry = _ud._compat_table().get(cp)
        if entry is not None:
            mapped = entry[1]
    if mapped is not None:
        out = ()
        for m in mapped:
            out += _expand(m, compat) or (m,)
    elif _S_BASE <= cp < _S_END:
        out = _hangul(cp)
    else:
        out = None
    memo[cp] = out
    return out


def _classes():
    global _ccc
    if _ccc is None:
        _ccc = _ud._combining.nonzero()
    return _ccc


def _composition_pairs():
    global _pairs
    if _pairs is None:
        excluded = set()
        data = _data.COMPOSITION_EXCLUSIONS
        pos = cp = 0
        while pos < len(data):
            n, pos = _ud._varint(data, pos)
            cp += n
            excluded.add(cp)
        pairs = {}
        for cp, mapped in _ud._canonical_table().items():
            if len(mapped) == 2 and cp not in excluded:
                first, second = mapped
                if first not in pairs:
                    pairs[first] = {}
                pairs[first][second] = cp
        _pairs = pairs
    return _pairs


def _code_points(data):
    """The code points of UTF-8 data. Walking the bytes makes no str per
    char: pywasm interns every one-char str it makes, which costs more the
    more different chars a program has seen."""
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
        elif b < 0xE0:
            b = (b & 0x1F) << 6 | data[i + 1] & 0x3F
            i += 2
        elif b < 0xF0:
            b = (b & 0x0F) << 12 | (data[i + 1] & 0x3F) << 6 | data[i + 2] & 0x3F
            i += 3
        else:
            b = ((b & 0x07) << 18 | (data[i + 1] & 0x3F) << 12
                 | (data[i + 2] & 0x3F) << 6 | data[i + 3] & 0x3F)
            i += 4
        out.append(b)
    return out


def _text(cps):
    """The str of code points cps, through UTF-8 for the same reason."""
    out = bytearray()
    for cp in cps:
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out.append(0xC0 | cp >> 6)
            out.append(0x80 | cp & 0x3F)
        elif cp < 0x10000:
            if 0xD800 <= cp < 0xE000:
                # a lone surrogate: no UTF-8 decoder takes it
                return ''.join([chr(c) for c in cps])
            out.append(0xE0 | cp >> 12)
            out.append(0x80 | cp >> 6 & 0x3F)
            out.append(0x80 | cp & 0x3F)
        else:
            out.append(0xF0 | cp >> 18)
            out.append(0x80 | cp >> 12 & 0x3F)
            out.append(0x80 | cp >> 6 & 0x3F)
            out.append(0x80 | cp & 0x3F)
    return out.decode()


def _decompose(ords, compat):
    below = 0xA0 if compat else 0xC0
    memo = _full[compat]
    out = []
    for cp in ords:
        if cp < below:
            out.append(cp)
            continue
        full = memo.get(cp, _UNSEEN)
        if full is _UNSEEN:
            full = _expand(cp, compat)
        if full is None:
            out.append(cp)
        else:
            out.extend(full)
    return out


def _reorder(cps, ccc):
    """Sorts each run of non-starters by combining class, keeping the order
    of equal classes (an insertion sort: the runs are short)."""
    n = len(cps)
    i = 0
    while i < n:
        if cps[i] not in ccc:
            i += 1
            continue
        start = i
        i += 1
        while i < n and cps[i] in ccc:
            cp = cps[i]
            cls = ccc[cp]
            j = i
            while j > start and ccc[cps[j - 1]] > cls:
                cps[j] = cps[j - 1]
                j -= 1
            cps[j] = cp
            i += 1


def _compose(cps, ccc):
    pairs = _composition_pairs()
    out = []
    starter = -1     # index in out of the last starter, -1 before one
    first = -1       # out[starter]
    last_class = 0   # class of the last char appended to out
    for cp in cps:
        cls = ccc.get(cp, 0)
        if starter >= 0:
            adjacent = len(out) - 1 == starter
            if adjacent or 0 < last_class < cls:
                composite = None
                seconds = pairs.get(first)
                if seconds is not None:
                    composite = seconds.get(cp)
                elif adjacent and _L_BASE <= first < _L_END and _V_BASE <= cp < _V_END:
                    composite = _S_BASE + ((first - _L_BASE) * _V_COUNT + cp - _V_BASE) * _T_COUNT
                elif (adjacent and _T_BASE < cp < _T_END and _S_BASE <= first < _S_END
                        and (first - _S_BASE) % _T_COUNT == 0):
                    composite = first + cp - _T_BASE
                if composite is not None:
                    out[starter] = first = composite
                    continue
        if not cls:
            starter = len(out)
            first = cp
        out.append(cp)
        last_class = cls
    return out


def normalize(func, form, unistr):
    if not isinstance(form, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (func, _ud._type_name(form)))
    if not isinstance(unistr, str):
        raise TypeError('%s() argument 2 must be str, not %s' % (func, _ud._type_name(unistr)))
    mode = _FORMS.get(form)
    if mode is None:
        raise ValueError('invalid normalization form')
    data = unistr.encode('utf-8', 'surrogatepass')
    if not data or max(data) < _UNCHANGED_BELOW[form]:
        return unistr
    compat, compose = mode
    ccc = _classes()
    ords = _code_points(data)
    cps = _decompose(ords, compat)
    _reorder(cps, ccc)
    if compose:
        cps = _compose(cps, ccc)
    if cps == ords:
        return unistr
    return _text(cps)
