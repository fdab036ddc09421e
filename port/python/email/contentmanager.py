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
    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        ctype = msg.get_content_type()
        if ctype in self.get_handlers:
            return self.get_handlers[ctype](msg, *args, **kw)
        maintype = msg.get_content_maintype()
        if maintype in self.get_handlers:
            return self.get_handlers[maintype](msg, *args, **kw)
        if '' in self.get_handlers:
            return self.get_handlers[''](msg, *args, **kw)
        raise KeyError(ctype)

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError('set_content not valid on multipart')
        handler = self._find_set_handler(msg, obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        for typ in type(obj).__mro__:
            if typ in self.set_handlers:
                return self.set_handlers[typ]
            name = typ.__name__
            if name in self.set_handlers:
                return self.set_handlers[name]
        raise KeyError(type(obj).__name__)


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
    if disposition is None and filename is not None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    if params is not None:
        for key, value in params.items():
            msg.set_param(key, value)


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
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


def set_message_content(msg, message, subtype='rfc822', cte=None, disposition=None, filename=None, cid=None,
                        params=None, headers=None):
    if subtype == 'partial':
        raise ValueError('message/partial is not supported for Message objects')
    if subtype == 'rfc822':
        if cte not in (None, '7bit', '8bit', 'binary'):
            raise ValueError('message/rfc822 parts do not support cte={}'.format(cte))
        cte = '8bit' if cte is None else cte
    elif subtype == 'external-body':
        if cte not in (None, '7bit'):
            raise ValueError('message/external-body parts do not support cte={}'.format(cte))
        cte = '7bit'
    elif cte is None:
        cte = '7bit'
    _prepare_set(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


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
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)
raw_data_manager.add_set_handler('EmailMessage', set_message_content)
raw_data_manager.add_set_handler('Message', set_message_content)
for _t in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_t, set_bytes_content)
