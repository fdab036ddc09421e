"""email.policy: the policies that steer parsing and generation.
Compat32 (compat32: headers stored as given, folded by email.header, plain
Message objects) and EmailPolicy (default, SMTP with CRLF line ends, HTTP
without a line length limit, SMTPUTF8, strict: header objects from
email.headerregistry, folded by email._header_fold, EmailMessage objects).
Policies are immutable; clone(**changes) makes a changed copy and
policy + policy merges. Attributes: linesep, max_line_length, cte_type,
raise_on_defect, mangle_from_, message_factory, verify_generated_headers,
and for EmailPolicy utf8, refold_source, header_factory, content_manager."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP', 'HTTP', 'SMTPUTF8']

from email._policybase import Policy, Compat32, compat32, _MAXSIZE


class EmailPolicy(Policy):
    _defaults = {'mangle_from_': False, 'utf8': False, 'refold_source': 'long', 'header_factory': None,
                 'content_manager': None}

    def __init__(self, **kw):
        super().__init__(**kw)
        if self.header_factory is None:
            from email.headerregistry import HeaderRegistry
            object.__setattr__(self, 'header_factory', _registry())
        if self.content_manager is None:
            from email.contentmanager import raw_data_manager
            object.__setattr__(self, 'content_manager', raw_data_manager)
        if self.message_factory is None:
            from email.message import EmailMessage
            object.__setattr__(self, 'message_factory', EmailMessage)

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError('Header values may not contain linefeed or carriage return characters')
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        value = value.replace('\r', '').replace('\n', '')
        return self.header_factory(name, value)

    def fold(self, name, value):
        return self._fold(name, value)

    def fold_binary(self, name, value):
        return self._fold(name, value).encode('utf-8' if self.utf8 else 'ascii', 'replace' if False else 'strict')

    def _fold(self, name, value):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        maxlen = self.max_line_length or _MAXSIZE
        lines = value.splitlines()
        refold = (self.refold_source == 'all' or self.refold_source == 'long' and
                  (lines and len(lines[0]) + len(name) + 2 > maxlen or any(len(x) > maxlen for x in lines[1:])))
        if refold:
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


_REG = []


def _registry():
    if not _REG:
        from email.headerregistry import HeaderRegistry
        _REG.append(HeaderRegistry())
    return _REG[0]


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
