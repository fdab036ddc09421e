# selectors: SelectorKey, the BaseSelector bookkeeping (register,
# unregister, modify, get_key, get_map, close) with CPython's errors, and
# select() over regular files (always ready, as select/poll report them).
import os
import selectors
import tempfile


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey._fields, selectors.SelectorKey('f', 3, 1, None))
print(selectors.DefaultSelector.__name__, issubclass(selectors.DefaultSelector, selectors.BaseSelector))
print([n for n in ('SelectSelector', 'PollSelector', 'EpollSelector', 'KqueueSelector', 'DevpollSelector')
       if hasattr(selectors, n)])
t('abstract', lambda: selectors.BaseSelector())


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'F(%d)' % self.fd


class NoFileno:
    def __repr__(self):
        return 'NoFileno()'


for cls in (selectors.SelectSelector, selectors.PollSelector):
    print('--', cls.__name__)
    s = cls()
    a, b = F(10), F(11)
    print(s.register(a, selectors.EVENT_READ, 'da'))
    print(s.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE))
    t('again', lambda: s.register(F(10), selectors.EVENT_WRITE))
    t('events0', lambda: s.register(F(12), 0))
    t('events4', lambda: s.register(F(12), 4))
    t('badobj', lambda: s.register(NoFileno(), 1))
    t('negfd', lambda: s.register(-1, 1))
    t('strobj', lambda: s.register('x', 1))
    m = s.get_map()
    print(len(m), sorted(m), m[a].data, 10 in m, a in m, F(99) in m)
    t('get_key', lambda: s.get_key(a))
    t('get_key missing', lambda: s.get_key(F(5)))
    t('map missing', lambda: m[F(5)])
    k1 = s.modify(a, selectors.EVENT_READ, 'new data')
    print(k1, s.get_key(10) is k1)
    print(s.modify(a, selectors.EVENT_WRITE, 'w'))
    t('modify missing', lambda: s.modify(F(7), 1))
    print(s.unregister(b))
    t('unregister again', lambda: s.unregister(b))
    s.close()
    print(s.get_map())
    t('closed get_key', lambda: s.get_key(a))

with selectors.SelectSelector() as s:
    print('empty select', s.select(0))

fd, path = tempfile.mkstemp()
try:
    with open(path, 'rb') as f:
        for cls in (selectors.SelectSelector, selectors.PollSelector):
            with cls() as s:
                s.register(f, selectors.EVENT_READ, 'r')
                ready = s.select(0)
                print(cls.__name__, [(k.fileobj is f, k.data, ev) for k, ev in ready])
                s.modify(f, selectors.EVENT_READ | selectors.EVENT_WRITE)
                print(cls.__name__, [ev for k, ev in s.select(timeout=-1)])
        # epoll refuses a regular file
        with selectors.DefaultSelector() as s:
            t('epoll regular file', lambda: s.register(f, selectors.EVENT_READ))
            print(len(s.get_map()))
    # a closed file is still found by identity
    g = open(path, 'rb')
    s = selectors.SelectSelector()
    key = s.register(g, selectors.EVENT_READ)
    g.close()
    print(s.get_key(g) is key, s.unregister(g) is key, len(s.get_map()))
finally:
    os.close(fd)
    os.unlink(path)
