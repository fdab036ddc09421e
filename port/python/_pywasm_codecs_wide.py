"""The utf-16 and utf-32 codecs of pywasm's codecs module (bytes.decode and
str.encode reach them through port/codecs.c): utf-16 and utf-32 write a
little-endian BOM first and read either BOM (little-endian without one;
their incremental decoders and stream readers, as CPython's, refuse a stream
without one); utf-16-le/-be and utf-32-le/-be have no BOM. CPython's error
positions and reasons (truncated data, illegal UTF-16 surrogate, ...), the
incremental and stream classes with their states, and codecs.utf_16_* and
utf_32_* functions.

A str here holds UTF-8, so the work is on code points and UTF-8 bytes (see
_pywasm_codecs_errors.code_points): a str is made once, by the interpreter.
Error handlers: those of _pywasm_codecs_errors, so surrogatepass encodes a
lone surrogate, while decoding one raises NotImplementedError."""
import array
import struct

import _pywasm_codecs_base as _base
from _pywasm_codecs_errors import code_points, decode_error, encode_error, utf8_of
from _pywasm_codecs_table import _bytes_of, _classes, _handler, _info, _need_str

# the byte order marks: little-endian, big-endian
_BOMS = {2: (b'\xff\xfe', b'\xfe\xff'), 4: (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')}
# values per struct.pack call: a call takes at most 65535 arguments
_CHUNK = 8192


def _format(width, big, count):
    return '%s%d%s' % ('>' if big else '<', count, 'H' if width == 2 else 'I')


def _name(width, big):
    return 'utf-%d-%s' % (width * 8, 'be' if big else 'le')


# --- decoding ----------------------------------------------------------------

def _decode_units(data, units, errors, final, width, big, at):
    """The UTF-8 bytes, in pieces, for code units read from data[at:] that
    hold a surrogate or a value past U+10FFFF, and where the decoding
    stopped (before a surrogate pair cut short when not final). A list
    extended by a list grows by exactly that much here: pieces are faster."""
    codec = _name(width, big)
    out = []
    size, count, i, plain = len(data), len(units), 0, 0
    while i < count:
        code = units[i]
        i += 1
        if code < 0xd800 or 0xe000 <= code < 0x110000:
            continue
        # the plain units before this one go in one piece
        out.append(bytes(utf8_of(units[plain:i - 1])))
        plain = i
        start = at + (i - 1) * width
        stop = start + width
        if width == 4:
            reason = ('code point not in range(0x110000)' if code >= 0x110000
                      else 'code point in surrogate code point range(0xd800, 0xe000)')
        elif code >= 0xdc00:
            reason = 'illegal encoding'
        elif i == count:
            # a high surrogate with no unit after it (an odd byte at most)
            if not final:
                return out, start
            reason, stop = 'unexpected end of data', size
        elif 0xdc00 <= units[i] < 0xe000:
            out.append(bytes(utf8_of((0x10000 + ((code - 0xd800) << 10) + units[i] - 0xdc00,))))
            i += 1
            plain = i
            continue
        else:
            reason = 'illegal UTF-16 surrogate'
        text, resume = decode_error(errors, codec, data, start, stop, reason, False)
        out.append(text.encode())
        if resume != stop:
            # a handler of its own chose where to go on: decode from there
            text, resume = decode_fixed(data, errors, final, width, big, resume)
            out.append(text.encode())
            return out, resume
        if stop == size:
            return out, size
    out.append(bytes(utf8_of(units[plain:])))
    return out, at + count * width


def decode_fixed(data, errors, final, width, big, at=0):
    """data[at:] decoded in one byte order: (text, where the used part ends).
    Error positions count from data's start."""
    count = (len(data) - at) // width
    units = struct.unpack_from(_format(width, big, count), data, at)
    top = max(units) if units else 0
    stop = at + count * width
    if top < 0x100:
        text = bytes(units).decode('latin-1')
    elif top < 0xd800:
        text = bytes(utf8_of(units)).decode()
    else:
        pieces, stop = _decode_units(data, units, errors, final, width, big, at)
        text = b''.join(pieces).decode()
    if final and stop < len(data):
        # the 1 to width-1 bytes after the last whole unit
        more, resume = decode_error(errors, _name(width, big), data, stop, len(data), 'truncated data', False)
        text += more
        if resume < len(data):
            more, resume = decode_fixed(data, errors, final, width, big, resume)
            text += more
        stop = len(data)
    return text, stop


def decode_any(data, errors, final, width):
    """Decoding that a BOM steers (little-endian without one): (text, where
    the used part ends, -1 after a little-endian BOM, 1 after a big-endian
    one, 0 without)."""
    head = data[:width]
    for order, bom in ((-1, _BOMS[width][0]), (1, _BOMS[width][1])):
        if head == bom:
            text, stop = decode_fixed(data, errors, final, width, order > 0, width)
            return text, stop, order
    text, stop = decode_fixed(data, errors, final, width, False)
    return text, stop, 0


# --- encoding ----------------------------------------------------------------

def _stand_in(units, errors, codec, text, pos, code, width):
    """Adds to units what the handler puts for the surrogate text[pos] and
    returns where to go on. CPython takes a str of ASCII only, or bytes in
    whole units (in the codec's byte order)."""
    stand_in, resume = encode_error(errors, codec, text, pos, pos + 1, 'surrogates not allowed', [code])
    if isinstance(stand_in, str):
        raw = stand_in.encode()
        if len(raw) != len(stand_in):
            raise UnicodeEncodeError(codec, text, pos, pos + 1, 'surrogates not allowed')
        units.extend(raw)
    elif len(stand_in) % width:
        raise UnicodeEncodeError(codec, text, pos, pos + 1, 'surrogates not allowed')
    else:
        big = codec[-2:] == 'be'
        units.extend(struct.unpack(_format(width, big, len(stand_in) // width), stand_in))
    return resume


def _units(text, codes, errors, width, codec):
    """The code units for text (code points `codes`), with surrogates in
    text passed to the error handler."""
    units = []
    add = units.append
    pos, size = 0, len(codes)
    while pos < size:
        code = codes[pos]
        pos += 1
        if 0xd800 <= code < 0xe000:
            pos = _stand_in(units, errors, codec, text, pos - 1, code, width)
        elif code > 0xffff and width == 2:
            code -= 0x10000
            add(0xd800 | code >> 10)
            add(0xdc00 | code & 0x3ff)
        else:
            add(code)
    return units


def encode_fixed(text, errors, width, big, codec):
    codes = code_points(text)
    if codes and max(codes) >= 0xd800:
        codes = _units(text, codes, errors, width, codec)
    if not big:
        # the machine's order (WebAssembly is little-endian); an array made
        # from bytes would take them as its memory
        return bytes(array.array('H' if width == 2 else 'I', list(codes) if isinstance(codes, bytes) else codes))
    return b''.join([struct.pack(_format(width, True, len(part)), *part)
                     for part in [codes[at:at + _CHUNK] for at in range(0, len(codes), _CHUNK)]])


# --- the codecs.utf_16_* and utf_32_* functions -------------------------------

def _fixed_functions(width, big):
    prefix = 'utf_%d_%s_' % (width * 8, 'be' if big else 'le')

    def encode(str, errors=None):
        _need_str(prefix + 'encode', str)
        return encode_fixed(str, _handler(prefix + 'encode', errors), width, big, _name(width, big)), len(str)

    def decode(data, errors=None, final=False):
        return decode_fixed(_bytes_of(data), _handler(prefix + 'decode', errors), final, width, big)
    return encode, decode


def _any_functions(width):
    prefix = 'utf_%d_' % (width * 8)

    def encode(str, errors=None, byteorder=0):
        _need_str(prefix + 'encode', str)
        errors = _handler(prefix + 'encode', errors)
        if byteorder:
            return encode_fixed(str, errors, width, byteorder > 0, _name(width, byteorder > 0)), len(str)
        codec = 'utf-%d' % (width * 8)
        return _BOMS[width][0] + encode_fixed(str, errors, width, False, codec), len(str)

    def ex_decode(data, errors=None, byteorder=0, final=False):
        raw, errors = _bytes_of(data), _handler(prefix + 'ex_decode', errors)
        if byteorder:
            return decode_fixed(raw, errors, final, width, byteorder > 0) + (byteorder,)
        return decode_any(raw, errors, final, width)

    def decode(data, errors=None, final=False):
        return decode_any(_bytes_of(data), _handler(prefix + 'decode', errors), final, width)[:2]
    return encode, decode, ex_decode


utf_16_le_encode, utf_16_le_decode = _fixed_functions(2, False)
utf_16_be_encode, utf_16_be_decode = _fixed_functions(2, True)
utf_32_le_encode, utf_32_le_decode = _fixed_functions(4, False)
utf_32_be_encode, utf_32_be_decode = _fixed_functions(4, True)
utf_16_encode, utf_16_decode, utf_16_ex_decode = _any_functions(2)
utf_32_encode, utf_32_decode, utf_32_ex_decode = _any_functions(4)


# --- the classes of utf-16 and utf-32 ----------------------------------------

def _steered(coder, data, errors, final, width):
    """Decoding for a coder whose _order (None: not known yet, else whether
    big-endian) the first BOM sets; a stream without one is refused."""
    if coder._order is not None:
        return decode_fixed(data, errors, final, width, coder._order)
    text, stop, order = decode_any(data, errors, final, width)
    if order:
        coder._order = order > 0
    elif stop >= width:
        raise UnicodeError('UTF-%d stream does not start with BOM' % (width * 8))
    return text, stop


def _any_classes(width, encode_any):
    # The encoders keep whether the BOM is still to come (_bom: encode with
    # byteorder 0, then -1); the decoders the byte order (_order). The class
    # attributes are the fresh state.
    class IncrementalEncoder(_base.IncrementalEncoder):
        _bom = True

        def encode(self, input, final=False):
            out = encode_any(input, self.errors, 0 if self._bom else -1)[0]
            self._bom = False
            return out

        def getstate(self):
            return 2 if self._bom else 0

        def setstate(self, state):
            self._bom = bool(state)

        def reset(self):
            self._bom = True

    class IncrementalDecoder(_base.BufferedIncrementalDecoder):
        _order = None

        def _buffer_decode(self, input, errors, final):
            return _steered(self, input, errors, final, width)

        def getstate(self):
            return (self.buffer, 2 if self._order is None else int(self._order))

        def setstate(self, state):
            self.buffer = state[0]
            self._order = {0: False, 1: True}.get(state[1])

        def reset(self):
            self.setstate((b'', 2))

    class StreamWriter(_base.StreamWriter):
        _bom = True

        def encode(self, input, errors='strict'):
            done = encode_any(input, errors, 0 if self._bom else -1)
            self._bom = False
            return done

        def reset(self):
            self._bom = True

    class StreamReader(_base.StreamReader):
        def _forget(self):
            _base.StreamReader._forget(self)
            self._order = None

        def decode(self, input, errors='strict'):
            return _steered(self, input, errors, False, width)

    return IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter


def _whole(decode):
    # a CodecInfo's decode: all of the input, at its end
    def whole(input, errors='strict'):
        return decode(input, errors, True)
    return whole


def make(module):
    """The CodecInfo of utf_16, utf_16_le, ..., utf_32_be (codec module names)."""
    functions = globals()
    encode, decode = functions[module + '_encode'], functions[module + '_decode']
    width = 2 if module[4:6] == '16' else 4
    if len(module) == 6:
        classes = _any_classes(width, encode)
    else:
        classes = _classes(encode, _whole(decode), decode, decode)
    return _info(module.replace('_', '-'), encode, _whole(decode), classes)
