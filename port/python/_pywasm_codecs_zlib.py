"""The zlib_codec of pywasm's codecs module, as CPython 3.11's
encodings.zlib_codec: bytes to zlib-compressed bytes and back
(codecs.encode(data, 'zlib'), textdistance's zlib_ncd), only 'strict'
errors; the incremental classes keep a compressobj/decompressobj between
chunks."""
import zlib

import _pywasm_codecs_base as _base
from _pywasm_codecs_table import _info


def zlib_encode(input, errors='strict'):
    assert errors == 'strict'
    return zlib.compress(input), len(input)


def zlib_decode(input, errors='strict'):
    assert errors == 'strict'
    return zlib.decompress(input), len(input)


class IncrementalEncoder(_base.IncrementalEncoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.compressobj = zlib.compressobj()

    def encode(self, input, final=False):
        if final:
            return self.compressobj.compress(input) + self.compressobj.flush()
        return self.compressobj.compress(input)

    def reset(self):
        self.compressobj = zlib.compressobj()


class IncrementalDecoder(_base.IncrementalDecoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.decompressobj = zlib.decompressobj()

    def decode(self, input, final=False):
        if final:
            return self.decompressobj.decompress(input) + self.decompressobj.flush()
        return self.decompressobj.decompress(input)

    def reset(self):
        self.decompressobj = zlib.decompressobj()


class StreamWriter(_base.StreamWriter):
    def encode(self, input, errors='strict'):
        return zlib_encode(input, errors)


class StreamReader(_base.StreamReader):
    _text_type = bytes

    def decode(self, input, errors='strict'):
        return zlib_decode(input, errors)


def make():
    return _info('zlib', zlib_encode, zlib_decode, (IncrementalEncoder, IncrementalDecoder, StreamReader,
                                                    StreamWriter), False)
