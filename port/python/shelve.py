"""shelve: a persistent dictionary of pickled values, as CPython 3.11's.

open(filename, flag='c', protocol=None, writeback=False) opens the
database with dbm.open (a dbm.dumb database here: NAME.dat, NAME.dir,
NAME.bak) and returns a DbfilenameShelf. A Shelf wraps any mapping of
bytes to bytes: keys are str (stored encoded with keyencoding, UTF-8 by
default), values are anything pickle can store (our pickle, protocol
pickle.DEFAULT_PROTOCOL unless given). With writeback=True the values read
or written are cached, and sync()/close() write them all back, so a
mutated value (shelf['list'].append(x)) is saved; without it only
assignment saves. A Shelf is a MutableMapping and a context manager; after
close() every access raises ValueError('invalid operation on closed
shelf').

BsdDbShelf (for the bsddb module's first()/next()/set_location()) is not
provided: there is no bsddb database to hold."""
from collections.abc import MutableMapping
from io import BytesIO
from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler

__all__ = ['Shelf', 'DbfilenameShelf', 'open']


class _ClosedDict(MutableMapping):
    # what a closed shelf holds instead of its database: any use fails

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(MutableMapping):
    def __init__(self, dict, protocol=None, writeback=False, keyencoding='utf-8'):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _dbkey(self, key):
        # the database holds bytes keys; the shelf shows str ones
        return key.encode(self.keyencoding)

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __contains__(self, key):
        return self._dbkey(key) in self.dict

    def __len__(self):
        return len(self.dict)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = Unpickler(BytesIO(self.dict[self._dbkey(key)])).load()
        if self.writeback:
            # kept so that changes made to the object are saved by sync()
            self.cache[key] = value
        return value

    def _pickled(self, value):
        buf = BytesIO()
        Pickler(buf, self._protocol).dump(value)
        return buf.getvalue()

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._dbkey(key)] = self._pickled(value)

    def __delitem__(self, key):
        del self.dict[self._dbkey(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _close_db(self):
        try:
            self.dict.close()
        except AttributeError:
            pass  # a plain dict has nothing to close

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            self._close_db()
        finally:
            self.dict = _ClosedDict()

    def __del__(self):
        # a Shelf whose __init__ failed has nothing to close
        if hasattr(self, 'writeback'):
            self.close()

    def sync(self):
        if self.writeback and self.cache:
            # store every cached value again, with caching off so that the
            # assignments do not refill the cache being written out
            pending = self.cache
            self.writeback = False
            for key, value in pending.items():
                self[key] = value
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    def __init__(self, dict, protocol=None, writeback=False, keyencoding='utf-8'):
        raise NotImplementedError('shelve.BsdDbShelf: pywasm has no bsddb databases')


class DbfilenameShelf(Shelf):
    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    return DbfilenameShelf(filename, flag, protocol, writeback)
