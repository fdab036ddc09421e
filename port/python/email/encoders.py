"""email.encoders: encode_base64, encode_quopri, encode_7or8bit and
encode_noop, which set a (legacy API) message's payload and its
Content-Transfer-Encoding as CPython does (base64 in 76-column lines,
quoted-printable with spaces and tabs escaped)."""
import base64
import quopri

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def encode_base64(msg):
    orig = msg.get_payload(decode=True)
    msg.set_payload(base64.encodebytes(orig).decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    orig = msg.get_payload(decode=True)
    enc = quopri.encodestring(orig, quotetabs=True).replace(b' ', b'=20')
    msg.set_payload(enc.decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    orig = msg.get_payload(decode=True)
    if orig is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    if all(c < 128 for c in orig):
        msg['Content-Transfer-Encoding'] = '7bit'
    else:
        msg['Content-Transfer-Encoding'] = '8bit'


def encode_noop(msg):
    pass
