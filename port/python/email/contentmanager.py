"""email.contentmanager: ContentManager and raw_data_manager, which
EmailMessage.get_content/set_content use: text parts give str (decoded by
their charset), other leaf parts bytes, message/rfc822 the inner message;
set_content takes str (charset, subtype, cte chosen as CPython 3.11
chooses: 7bit when ASCII and short lines, else 8bit under the default
policy, else the shorter of quoted-printable and base64), bytes
(maintype, subtype, cte, default base64) or a message, with disposition,
filename, cid, params and headers."""
import binascii

__all__ = ['ContentManager', 'raw_data_manager']


class ContentManager:
    # get_handlers / set_handlers are public tables that callers fill and read
    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        # most specific key wins: 'main/sub', then 'main', then the '' catch-all
        full = msg.get_content_type()
        table = self.get_handlers
        for key in (full, msg.get_content_maintype(), ''):
            if key in table:
                return table[key](msg, *args, **kw)
        raise KeyError(full)

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError('set_content not valid on multipart')
        # look the handler up before clearing, so a bad type leaves msg intact
        setter = self._find_set_handler(msg, obj)
        msg.clear_content()
        setter(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        # along the MRO, a handler may be keyed by the type itself, by
        # 'module.qualname', by qualname or by bare name; None is the fallback
        table = self.set_handlers
        first_path = None
        for klass in type(obj).__mro__:
            qual = getattr(klass, '__qualname__', klass.__name__)
            mod = getattr(klass, '__module__', '')
            path = mod + '.' + qual if mod else qual
            if first_path is None:
                first_path = path
            for key in (klass, path, qual, klass.__name__):
                if key in table:
                    return table[key]
        if None in table:
            return table[None]
        raise KeyError(first_path)


raw_data_manager = ContentManager()


def get_text_content(msg, errors='replace'):
    content = msg.get_payload(decode=True)
    charset = msg.get_param('charset', 'ASCII')
    return content.decode(charset, errors)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


def get_message_content(msg):
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler('text', get_text_content)
for _main in 'audio image video application'.split():
    raw_data_manager.add_get_handler(_main, get_non_text_content)
for _sub in 'rfc822 external-body'.split():
    raw_data_manager.add_get_handler('message/' + _sub, get_message_content)
for _sub in 'delivery-status partial'.split():
    raw_data_manager.add_get_handler('message/' + _sub, get_and_fixup_unknown_message_content)


def _prepare_set(msg, maintype, subtype, headers):
    msg['Content-Type'] = '/'.join((maintype, subtype))
    if headers:
        if not hasattr(headers[0], 'name'):
            mp = msg.policy
            headers = [mp.header_factory(*mp.header_source_parse([h])) for h in headers]
        for h in headers:
            msg[h.name] = h


def _finalize_set(msg, disposition, filename, cid, params):
    if filename is not None:
        # a named part is an attachment unless the caller chose otherwise
        msg['Content-Disposition'] = 'attachment' if disposition is None else disposition
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    elif disposition is not None:
        msg['Content-Disposition'] = disposition
    if cid is not None:
        msg['Content-ID'] = cid
    if params:
        for item in params.items():
            msg.set_param(*item)


def _finish_set(msg, cte, disposition, filename, cid, params):
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


def _encode_base64(data, max_line_length):
    step = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[i:i + step]).decode('ascii') for i in range(0, len(data), step))


def _encode_text(string, charset, cte, policy):
    """(cte, payload, raw codec or None) for string."""
    from email._mimecodec import qp_body_encode
    lines = string.encode(charset).splitlines()
    linesep = policy.linesep.encode('ascii')

    def embedded(ls):
        return linesep.join(ls) + linesep

    def normal(ls):
        return b'\n'.join(ls) + b'\n'

    if cte is None:
        if max((len(x) for x in lines), default=0) <= policy.max_line_length:
            body = normal(lines)
            if all(c < 128 for c in body):
                return '7bit', body.decode('ascii'), None
            if policy.cte_type == '8bit':
                return '8bit', body.decode(charset), charset
        sniff = embedded(lines[:10])
        sniff_qp = qp_body_encode(sniff.decode('latin-1'), policy.max_line_length)
        sniff_b64 = binascii.b2a_base64(sniff)
        if len(sniff_qp) > len(sniff_b64):
            cte = 'base64'
        else:
            cte = 'quoted-printable'
            if len(lines) <= 10:
                return cte, sniff_qp, None
    if cte == '7bit':
        return cte, normal(lines).decode('ascii'), None
    if cte == '8bit':
        return cte, normal(lines).decode(charset), charset
    if cte == 'quoted-printable':
        return cte, qp_body_encode(normal(lines).decode('latin-1'), policy.max_line_length), None
    if cte == 'base64':
        return cte, _encode_base64(embedded(lines), policy.max_line_length), None
    raise ValueError('Unknown content transfer encoding {}'.format(cte))


def set_text_content(msg, string, subtype='plain', charset='utf-8', cte=None, disposition=None,
                     filename=None, cid=None, params=None, headers=None):
    from email.charset import ALIASES
    _prepare_set(msg, 'text', subtype, headers)
    cte, payload, raw = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg._raw8 = raw
    msg.set_param('charset', ALIASES.get(charset, charset), replace=True)
    _finish_set(msg, cte, disposition, filename, cid, params)


# message/* subtypes whose transfer encoding is restricted
_MESSAGE_CTES = {
    'rfc822': (None, '7bit', '8bit', 'binary'),
    'external-body': (None, '7bit'),
}


def set_message_content(msg, message, subtype='rfc822', cte=None, disposition=None, filename=None, cid=None,
                        params=None, headers=None):
    if subtype == 'partial':
        raise ValueError('message/partial is not supported for Message objects')
    allowed = _MESSAGE_CTES.get(subtype)
    if allowed is not None and cte not in allowed:
        raise ValueError('message/{} parts do not support cte={}'.format(subtype, cte))
    if cte is None:
        # an rfc822 body may carry 8bit text as is; other kinds default to 7bit
        cte = '8bit' if subtype == 'rfc822' else '7bit'
    _prepare_set(msg, 'message', subtype, headers)
    msg.set_payload([message])
    _finish_set(msg, cte, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64', disposition=None, filename=None, cid=None,
                      params=None, headers=None):
    _prepare_set(msg, maintype, subtype, headers)
    data = bytes(data)
    raw = None
    if cte == 'base64':
        data = _encode_base64(data, msg.policy.max_line_length)
    elif cte == 'quoted-printable':
        import quopri
        data = quopri.b2a_qp(data, istext=False, header=False, quotetabs=True).decode('ascii')
    elif cte == '7bit':
        data = data.decode('ascii')
    elif cte in ('8bit', 'binary'):
        data = data.decode('latin-1')
        raw = 'latin-1'
    msg.set_payload(data)
    msg._raw8 = raw
    _finish_set(msg, cte, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)
raw_data_manager.add_set_handler('EmailMessage', set_message_content)
raw_data_manager.add_set_handler('Message', set_message_content)
for _t in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_t, set_bytes_content)
