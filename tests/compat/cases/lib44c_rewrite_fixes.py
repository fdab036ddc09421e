# Behaviour fixed while rewriting selectors, email.headerregistry and
# reprlib: poll/epoll modify() changes a key in place without checking the
# events, an empty address group prints as 'name:;', and Repr has the
# fillvalue attribute (CPython 3.11.7) used wherever it elides.
import reprlib
import selectors
from email.headerregistry import Address, Group


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'F(%d)' % self.fd


s = selectors.PollSelector()
f = F(7)
k = s.register(f, selectors.EVENT_READ, 'a')
print(s.modify(f, selectors.EVENT_READ, 'a') is k)
k2 = s.modify(f, 0, 'b')
print(k2, s.get_key(f) is k2, len(s.get_map()))
try:
    selectors.SelectSelector().register(F(3), 0)
except ValueError as e:
    print('ValueError', e)

print(repr(str(Group('empty'))), repr(str(Group('team', [Address('A', 'a', 'x.org')]))))

r = reprlib.Repr()
print(r.fillvalue)
r.fillvalue = '~~'
print(r.repr(list(range(10))), r.repr('y' * 40), r.repr(10 ** 50))
print(r.repr({i: i for i in range(6)}), r.repr([[[[[[[1]]]]]]]))
