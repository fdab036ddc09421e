"""The base of email.policy, apart so that email.message can import
compat32 without importing the default policy (which needs
email.message): Policy (immutable attributes, clone, +, defects) and
Compat32, whose headers are stored as given and folded by email.header."""

_MAXSIZE = 1 << 62


def _has_nl(s):
    return '\n' in s or '\r' in s


class Policy:
    _defaults = {'raise_on_defect': False, 'linesep': '\n', 'cte_type': '8bit', 'max_line_length': 78,
                 'mangle_from_': False, 'message_factory': None, 'verify_generated_headers': True}

    def __init__(self, **kw):
        d = {}
        for cls in reversed(type(self).__mro__):
            d.update(getattr(cls, '_defaults', {}))
        for name, value in kw.items():
            if name not in d:
                raise TypeError('{!r} is an invalid keyword argument for {}'.format(name, type(self).__name__))
        d.update(kw)
        for name, value in d.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, '_given', dict(kw))
        object.__setattr__(self, '_names', tuple(d))

    def __repr__(self):
        args = ['{}={!r}'.format(n, v) for n, v in self._given.items()]
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def clone(self, **kw):
        new = dict(self._given)
        new.update(kw)
        return type(self)(**new)

    def __setattr__(self, name, value):
        if hasattr(self, '_names'):
            if name in self._names:
                raise AttributeError('{!r} object attribute {!r} is read-only'.format(type(self).__name__, name))
            raise AttributeError('{!r} object has no attribute {!r}'.format(type(self).__name__, name))
        object.__setattr__(self, name, value)

    def __add__(self, other):
        return self.clone(**other._given)

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))


class Compat32(Policy):
    _defaults = {'mangle_from_': True}

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return value

    def fold(self, name, value):
        return self._fold(name, value)

    def fold_binary(self, name, value):
        return self._fold(name, value).encode('utf-8')

    def _fold(self, name, value):
        from email.header import Header
        h = Header(value, header_name=name) if isinstance(value, str) else value
        maxlen = self.max_line_length or 0
        return '%s: %s%s' % (name, h.encode(linesep=self.linesep, maxlinelen=maxlen), self.linesep)


compat32 = Compat32()
