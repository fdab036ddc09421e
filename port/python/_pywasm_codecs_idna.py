"""The idna codec (RFC 3490, with nameprep of RFC 3491) of pywasm's codecs
module, as CPython 3.11's encodings.idna has it:
'bücher.example'.encode('idna') == b'xn--bcher-kva.example' and back.

Encoding: a name that is all ASCII is kept as it is (case too), only its
label lengths checked; otherwise it is split at the four IDNA dots ('.',
U+3002, U+FF0E, U+FF61) and each label goes through ToASCII: nameprep
(table B.1 dropped, B.2 mapped, NFKC by Unicode 3.2, the prohibited tables
and the bidi rules checked), then, when still not ASCII, 'xn--' and its
punycode. Decoding: bytes without 'xn--' are decoded as ASCII; otherwise
each label goes through ToUnicode (punycode after 'xn--', checked to give
the same label back through ToASCII). Only 'strict' errors; CPython's
UnicodeError messages ("label empty or too long", "Invalid character
'\\u200e'", "IDNA does not round-trip", ...), which bytes.decode/str.encode
and codecs.encode/decode wrap as "encoding with 'idna' codec failed (...)"
(_pywasm_codecs_table.naming_codec). Also the incremental and stream
classes, and nameprep, ToASCII and ToUnicode.

The tables are stringprep's (_pywasm_stringprep_data), read when the codec
is first used. Unicode 3.2's NFKC is Unicode 14's (unicodedata.normalize)
run between the code points 3.2 had not assigned, which it leaves alone,
with its few corrected decompositions put back as they were; a label of
code points that NFKC always leaves alone (most letters of most scripts)
skips it, and unicodedata's tables are loaded only for one that has
others."""
from bisect import bisect_right as _after

import _pywasm_codecs_base as _base
from _pywasm_codecs_table import _info

_ACE = b'xn--'
_DOTS = ('\u3002', '\uff0e', '\uff61')

# The tables, read at the first label that is not ASCII
stringprep = None
_skipped = None  # table B.1 as a set
_kept = None  # KEEP_NFKC's boundaries
_corrected = None  # code point -> its Unicode 3.2 NFKC


def _load():
    global stringprep, _skipped, _kept, _corrected
    import _pywasm_stringprep_data as _data
    import stringprep
    bounds = stringprep._bounds('B1')
    _skipped = set()
    for at in range(0, len(bounds), 2):
        _skipped.update(range(bounds[at], bounds[at + 1]))
    _kept = stringprep._bounds('KEEP_NFKC')
    _corrected = {}
    for entry in _data.NFKC_CORRECTIONS.split():
        key, target = entry.split('=')
        _corrected[int(key, 16)] = chr(int(target, 16))


def _nfkc_3_2(text, normalize):
    """NFKC as Unicode 3.2 has it (see the module's docstring)."""
    low = min(_kept[0], min(_corrected))
    out, part = [], []
    for ch in text:
        code = ord(ch)
        if code >= low:
            if code in _corrected:
                ch = _corrected[code]
            elif _after(_kept, code) & 1:
                out.append(normalize('NFKC', ''.join(part)))
                out.append(ch)
                part = []
                continue
        part.append(ch)
    out.append(normalize('NFKC', ''.join(part)))
    return ''.join(out)


def _inert(text):
    """Whether text is sure to be its own NFKC (see NFKC_INERT)."""
    inert = stringprep._bounds('NFKC_INERT')
    for ch in text:
        if not _after(inert, ord(ch)) & 1:
            return False
    return True


def nameprep(label):
    """RFC 3491 for a label, unassigned code points allowed (queries)."""
    if _skipped is None:
        _load()
    mapping = stringprep.b2_map()
    mapped = []
    for ch in label:
        code = ord(ch)
        if code not in _skipped:
            mapped.append(mapping.get(code, ch))
    label = ''.join(mapped)
    if not _inert(label):
        # unicodedata's normalization tables take a while to load: only
        # when NFKC might change something
        import unicodedata
        label = _nfkc_3_2(label, unicodedata.normalize)
    prohibited, right_to_left = stringprep._bounds('NAMEPREP_PROHIBITED'), stringprep._bounds('D1')
    first = last = None
    any_rtl = False
    for ch in label:
        code = ord(ch)
        if _after(prohibited, code) & 1:
            raise UnicodeError('Invalid character %r' % ch)
        last = _after(right_to_left, code) & 1 == 1
        if first is None:
            first = last
        any_rtl = any_rtl or last
    if any_rtl:
        # RFC 3454 section 6: no left-to-right character with a
        # right-to-left one, which must start and end the label
        left_to_right = stringprep._bounds('D2')
        for ch in label:
            if _after(left_to_right, ord(ch)) & 1:
                raise UnicodeError('Violation of BIDI requirement 2')
        if not (first and last):
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _ascii_or_none(text):
    try:
        return text.encode('ascii')
    except UnicodeError:
        return None


def _sized(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError('label empty or too long')


def ToASCII(label):
    """RFC 3490's ToASCII of one label (str) to bytes: UseSTD3ASCIIRules
    off, unassigned code points allowed."""
    raw = _ascii_or_none(label)
    if raw is not None:
        return _sized(raw)
    label = nameprep(label)
    raw = _ascii_or_none(label)
    if raw is not None:
        return _sized(raw)
    if label.startswith('xn--'):
        raise UnicodeError('Label starts with ACE prefix')
    return _sized(_ACE + label.encode('punycode'))


def ToUnicode(label):
    """RFC 3490's ToUnicode of one label (bytes, or str) to str."""
    if not isinstance(label, bytes):
        raw = _ascii_or_none(label)
        if raw is None:
            raw = _ascii_or_none(nameprep(label))
            if raw is None:
                raise UnicodeError('Invalid character in IDN label')
        label = raw
    if not label.startswith(_ACE):
        return str(label, 'ascii')
    decoded = label[len(_ACE):].decode('punycode')
    again = ToASCII(decoded)
    if str(label, 'ascii').lower() != str(again, 'ascii'):
        raise UnicodeError('IDNA does not round-trip', label, again)
    return decoded


def _labels(text):
    for dot in _DOTS:
        if dot in text:
            text = text.replace(dot, '.')
    return text.split('.')


def _strict(errors, word):
    if errors != 'strict':
        raise UnicodeError(word + ' error handling ' + errors)


def idna_encode(input, errors='strict'):
    _strict(errors, 'unsupported')
    if not input:
        return b'', 0
    raw = _ascii_or_none(input)
    if raw is not None:
        labels = raw.split(b'.')
        for label in labels[:-1]:
            _sized(label)
        if len(labels[-1]) >= 64:
            raise UnicodeError('label too long')
        return raw, len(input)
    labels = _labels(input)
    end = b''
    if not labels[-1]:
        end = b'.'
        del labels[-1]
    return b'.'.join([ToASCII(label) for label in labels]) + end, len(input)


def idna_decode(input, errors='strict'):
    _strict(errors, 'Unsupported')
    if not input:
        return '', 0
    if not isinstance(input, bytes):
        input = bytes(input)
    if _ACE not in input:
        try:
            return input.decode('ascii'), len(input)
        except UnicodeDecodeError:
            pass
    labels = input.split(b'.')
    end = ''
    if not labels[-1]:
        end = '.'
        del labels[-1]
    return '.'.join([ToUnicode(label) for label in labels]) + end, len(input)


def _whole_labels(labels, final):
    """The labels to do now, and whether a dot follows them: the last one
    waits for more input unless final (or empty: the input ended in a dot)."""
    dot = False
    if labels and not labels[-1]:
        dot = True
        del labels[-1]
    elif not final:
        del labels[-1]
        dot = bool(labels)
    return labels, dot


class IncrementalEncoder(_base.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        _strict(errors, 'unsupported')
        if not input:
            return b'', 0
        labels, dot = _whole_labels(_labels(input), final)
        out = b'.'.join([ToASCII(label) for label in labels])
        used = sum([len(label) for label in labels]) + max(len(labels) - 1, 0)
        if dot:
            out += b'.'
            used += 1
        return out, used


class IncrementalDecoder(_base.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _strict(errors, 'Unsupported')
        if not input:
            return '', 0
        if isinstance(input, str):
            labels = _labels(input)
        else:
            labels = str(input, 'ascii').split('.')
        labels, dot = _whole_labels(labels, final)
        out = '.'.join([ToUnicode(label) for label in labels])
        used = sum([len(label) for label in labels]) + max(len(labels) - 1, 0)
        if dot:
            out += '.'
            used += 1
        return out, used


class StreamWriter(_base.StreamWriter):
    def encode(self, input, errors='strict'):
        return idna_encode(input, errors)


class StreamReader(_base.StreamReader):
    def decode(self, input, errors='strict'):
        return idna_decode(input, errors)


def make():
    return _info('idna', idna_encode, idna_decode, (IncrementalEncoder, IncrementalDecoder, StreamReader,
                                                    StreamWriter))
