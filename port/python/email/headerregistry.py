"""email.headerregistry: the header objects the default policies give for
msg[name] (str subclasses with .name, .defects and .fold(policy=)):
unstructured text with its encoded words decoded, address headers
(.addresses, .groups; values may be Address/Group objects or lists of
them), Date (.datetime, set from a datetime too), Content-Type (.content_type,
.maintype, .subtype, .params), Content-Disposition, Content-Transfer-Encoding
(.cte), MIME-Version and Message-ID kept as given. Address and Group are
here. The classes do not validate the way CPython's RFC 5322 parser does
(no defects are found); HeaderRegistry maps names to them."""
from email import _header_fold as _fold
from email import _encoded_words as _ew


def _getter(slot):
    # the header and address objects are immutable: each public attribute
    # reads a private slot filled in at construction
    return property(lambda self: getattr(self, slot))


def _quote_if(text, chars):
    for c in text:
        if c in chars:
            return _fold.quote_string(text)
    return text


class Address:
    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        if addr_spec is not None:
            if username or domain:
                raise TypeError('addrspec specified when username and/or domain also specified')
            addr_spec = addr_spec.strip()
            at = addr_spec.rfind('@')
            if at >= 0:
                username, domain = addr_spec[:at], addr_spec[at + 1:]
            else:
                username = addr_spec
            if len(username) > 1 and username[0] == '"' and username[-1] == '"':
                username = username[1:-1].replace('\\"', '"').replace('\\\\', '\\')
        self._display_name, self._username, self._domain = display_name, username, domain

    display_name = _getter('_display_name')
    username = _getter('_username')
    domain = _getter('_domain')

    @property
    def addr_spec(self):
        local = _quote_if(self.username, '()<>@,:;"[]\\ \t')
        if self.domain:
            return local + '@' + self.domain
        # an empty address (a null return path) is written '<>'
        return local or '<>'

    def __repr__(self):
        return '{}(display_name={!r}, username={!r}, domain={!r})'.format(
            'Address', self.display_name, self.username, self.domain)

    def __str__(self):
        disp = _quote_if(self.display_name, _fold.SPECIALS)
        if disp:
            spec = '' if self.addr_spec == '<>' else self.addr_spec
            return '{} <{}>'.format(disp, spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and self.username == other.username
                and self.domain == other.domain)

    def __hash__(self):
        return hash((self.display_name, self.username, self.domain))


class Group:
    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses or ())

    display_name = _getter('_display_name')
    addresses = _getter('_addresses')

    def __repr__(self):
        return '{}(display_name={!r}, addresses={!r}'.format('Group', self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = _quote_if(self.display_name or '', _fold.SPECIALS)
        members = ', '.join(str(x) for x in self.addresses)
        # an empty group is written 'name:;' with no space before the ';'
        return '{}:{};'.format(disp, ' ' + members if members else '')

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses


class BaseHeader(str):
    max_count = None

    def __new__(cls, name, value):
        kw = {'defects': []}
        cls.parse(value, kw)
        self = str.__new__(cls, kw.pop('decoded'))
        self._name = name
        self._defects = tuple(kw.pop('defects'))
        self._tree = kw.pop('tree')
        self.init(**kw)
        return self

    def init(self, **kw):
        pass

    name = _getter('_name')
    defects = _getter('_defects')

    def __reduce__(self):
        return (type(self), (self.name, str(self)))

    def fold(self, *, policy):
        return _fold.fold_header(self.name, self._tree, policy.linesep, policy.max_line_length,
                                 getattr(policy, 'utf8', False))


class UnstructuredHeader(BaseHeader):
    @classmethod
    def parse(cls, value, kw):
        value = str(value)
        kw['tree'] = _fold.unstructured_tree(_ew.decode_text(value))
        kw['decoded'] = str(kw['tree'])


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader(BaseHeader):
    @classmethod
    def parse(cls, value, kw):
        from email import utils
        if not value:
            kw['datetime'] = None
            kw['decoded'] = ''
            kw['tree'] = _fold.Toks('empty', [])
            return
        if isinstance(value, str):
            try:
                value = utils.parsedate_to_datetime(value)
            except (ValueError, TypeError):
                kw['datetime'] = None
                kw['decoded'] = value
                kw['tree'] = _fold.unstructured_tree(value)
                return
        kw['datetime'] = value
        kw['decoded'] = utils.format_datetime(value)
        kw['tree'] = _fold.unstructured_tree(kw['decoded'])

    def init(self, datetime=None):
        self._datetime = datetime

    datetime = _getter('_datetime')


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader(BaseHeader):
    @classmethod
    def parse(cls, value, kw):
        if isinstance(value, str):
            from email._addrlist import AddressList
            value = str(value)
            groups = []
            for seg in _fold.split_top(value, ','):
                if not seg.strip():
                    continue
                pairs = AddressList(seg).addresslist
                for name, addr in pairs:
                    groups.append(Group(None, [Address(_ew.decode_text(name), addr_spec=addr)]))
            kw['tree'] = _fold.address_tree(value)
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [item if hasattr(item, 'addresses') else Group(None, [item]) for item in value]
            kw['tree'] = None
        kw['groups'] = groups
        kw['decoded'] = ', '.join(str(g) for g in groups)
        if kw['tree'] is None:
            kw['tree'] = _fold.address_tree(kw['decoded'])

    def init(self, groups=()):
        self._groups = tuple(groups)
        self._addresses = None

    groups = _getter('_groups')

    @property
    def addresses(self):
        # flattened lazily: most callers only want the string or the groups
        flat = self._addresses
        if flat is None:
            flat = self._addresses = tuple(a for g in self._groups for a in g.addresses)
        return flat


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError('value of single address header {} is not a single address'.format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class _RawHeader(BaseHeader):
    """A value kept as given, folded whole."""
    @classmethod
    def parse(cls, value, kw):
        value = str(value)
        kw['decoded'] = value
        kw['tree'] = _fold.whole_tree(value) if value else _fold.Toks('empty', [])


class MIMEVersionHeader(_RawHeader):
    max_count = 1

    def init(self):
        v = str(self).strip()
        self._version = v if v else None
        major, _, minor = v.partition('.')
        self._major = int(major) if major.isdigit() else None
        self._minor = int(minor) if minor.isdigit() else None

    version = _getter('_version')
    major = _getter('_major')
    minor = _getter('_minor')


class MessageIDHeader(_RawHeader):
    max_count = 1


class ContentTransferEncodingHeader(_RawHeader):
    max_count = 1

    def init(self):
        self._cte = str(self).strip().lower()

    cte = _getter('_cte')


class ParameterizedMIMEHeader(BaseHeader):
    max_count = 1
    _kind = 'parameterized'

    @classmethod
    def parse(cls, value, kw):
        from email._params import parse_params, collapse
        value = str(value)
        head = _fold.split_top(value, ';')[0]
        pairs = collapse(parse_params(value[len(head) + 1:])) if len(head) < len(value) else []
        kw['params'] = pairs
        kw['head'] = head.strip()
        kw['decoded'] = value
        kw['tree'] = _fold.params_tree(value, pairs, cls._kind)

    def init(self, params=(), head=''):
        self._params = {}
        for k, v in params:
            self._params[k.lower()] = v
        self._head = head

    @property
    def params(self):
        return dict(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):
    _kind = 'content-type'

    def init(self, params=(), head=''):
        super().init(params, head)
        main, slash, sub = head.partition('/')
        main, sub = main.strip().lower(), sub.strip().lower()
        if not slash or not main or not sub:
            main, sub = 'text', 'plain'
        self._maintype = main
        self._subtype = sub

    maintype = _getter('_maintype')
    subtype = _getter('_subtype')

    @property
    def content_type(self):
        return self._maintype + '/' + self._subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    _kind = 'content-disposition'

    def init(self, params=(), head=''):
        super().init(params, head)
        self._cd = head.lower() if head else None

    content_disposition = _getter('_cd')


_default_header_map = {
    'subject': UniqueUnstructuredHeader, 'date': UniqueDateHeader, 'resent-date': DateHeader,
    'orig-date': UniqueDateHeader, 'sender': UniqueSingleAddressHeader, 'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader, 'resent-to': AddressHeader, 'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader, 'bcc': UniqueAddressHeader, 'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader, 'resent-from': AddressHeader, 'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader, 'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader, 'message-id': MessageIDHeader,
}


class HeaderRegistry:
    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader, use_default_map=True):
        self.registry = {}
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        return self.registry.get(name.lower(), self.default_class)

    def __call__(self, name, value):
        return self[name](name, value)
