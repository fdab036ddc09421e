# Behaviours fixed while rewriting email.contentmanager, ipaddress (IPv6)
# and unittest.mock's sentinel: each line prints what CPython 3.11 prints.
import ipaddress
from email.contentmanager import ContentManager
from email.message import EmailMessage
from unittest import mock


class Thing:
    pass


# set handlers: the KeyError names the type as module.qualname; a handler
# may be keyed by that path, and None is the fallback for any type
cm = ContentManager()
for obj in (Thing(), 2.5):
    try:
        cm.set_content(EmailMessage(), obj)
    except KeyError as exc:
        print('KeyError', exc)
cm.add_set_handler('builtins.int', lambda msg, obj: print('int by path', obj))
cm.set_content(EmailMessage(), 7)
cm.add_set_handler(None, lambda msg, obj: print('fallback', type(obj).__name__))
cm.set_content(EmailMessage(), Thing())

# the parse error of a scoped address is raised "from None"
try:
    ipaddress.IPv6Address('fe80::1%eth0').exploded
except ValueError as exc:
    print(type(exc).__name__, exc, exc.__cause__, exc.__suppress_context__)

# mock.sentinel refuses __bases__ with a bare AttributeError
try:
    mock.sentinel.__bases__
except AttributeError as exc:
    print('AttributeError', repr(str(exc)))
print(mock.sentinel.marker, mock.sentinel.marker is mock.sentinel.marker)
