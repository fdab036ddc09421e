"""email.iterators: body_line_iterator, typed_subpart_iterator and
_structure (the content-type tree, indented), over Message.walk."""
import sys
from io import StringIO

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']


def walk(self):
    return self.walk()


def body_line_iterator(msg, decode=False):
    for sub in msg.walk():
        payload = sub.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    for sub in msg.walk():
        if sub.get_content_maintype() == maintype:
            if subtype is None or sub.get_content_subtype() == subtype:
                yield sub


def _structure(msg, fp=None, level=0, include_default=False):
    if fp is None:
        fp = sys.stdout
    tab = ' ' * (level * 4)
    print(tab + msg.get_content_type(), end='', file=fp)
    if include_default:
        print(' [%s]' % msg.get_default_type(), file=fp)
    else:
        print(file=fp)
    if msg.is_multipart():
        for sub in msg.get_payload():
            _structure(sub, fp, level + 1, include_default)
