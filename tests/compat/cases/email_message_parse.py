# parsing messages: headers, parameters, multipart trees, payload decoding
import email
from email import policy
from email.parser import Parser, BytesParser, HeaderParser

RAW = '''From: "Build Bot" <bot@example.com>
To: dev@example.com, Ops Team <ops@example.com>
Subject: Nightly report for =?utf-8?q?caf=C3=A9?= project with a long subject
 that is folded
Received: from a by b
Received: from c by d
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

This is the preamble.
--XYZ
Content-Type: multipart/alternative; boundary=ALT

--ALT
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 report: all good=
 and fine.
--ALT
Content-Type: text/html; charset="utf-8"

<p>Report</p>
--ALT--

--XYZ
Content-Type: application/octet-stream; name="data.bin"
Content-Disposition: attachment; filename="data.bin"
Content-Transfer-Encoding: base64

AAECAwQFBgcICQ==
--XYZ
Content-Type: text/plain; name*=utf-8''r%C3%A9sum%C3%A9.txt
Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.txt

Second attachment.
--XYZ--
Epilogue here.
'''

for pol in (policy.compat32, policy.default):
    m = email.message_from_string(RAW, policy=pol)
    print(type(m).__name__, m.is_multipart(), m.get_content_type(), m.get_boundary())
    print(repr(m['subject']))
    print(m['To'], '|', m.get_all('received'), m.get_all('x-missing', 'none'))
    print(repr(m.preamble), repr(m.epilogue))
    for part in m.walk():
        print(' ', part.get_content_type(), part.get_content_maintype(), part.get_content_subtype(),
              part.get_content_charset(), part.get_filename(), part.get_param('charset'),
              part.get_content_disposition())
        if not part.is_multipart():
            print('   ', repr(part.get_payload()), part.get_payload(decode=True))
    print(m.as_string() == RAW)
    print(m.items()[:3])
    print(m.get_params())
    print(m.get_param('boundary'), m.get_param('nope', 'dflt'))

m = email.message_from_string(RAW, policy=policy.default)
print(m['To'].addresses)
print(m['Content-Type'].params, m['Content-Type'].content_type)
body = m.get_body(preferencelist=('plain', 'html'))
print(repr(body.get_content()))
print(repr(m.get_body(preferencelist=('html',)).get_content()))
for att in m.iter_attachments():
    print(att.get_filename(), repr(att.get_content()))
print([p.get_content_type() for p in m.iter_parts()])
print(str(m['Subject']))

simple = email.message_from_string('Subject: hi\nX-Num: 1\nx-num: 2\n\nbody line\nline 2\n')
print(simple.get_payload(), simple.get_all('X-NUM'), simple.keys(), len(simple))
print(simple.get_content_type(), simple.get_params(), simple.get_payload(decode=True))
del simple['x-num']
simple['X-New'] = 'v'
simple.add_header('Content-Disposition', 'attachment', filename='a b.txt')
simple.set_param('charset', 'utf-8')
print(simple.as_string())
print(simple.get_param('filename', header='content-disposition'))
simple.set_type('text/html')
print(simple['Content-Type'], simple['MIME-Version'])
simple.del_param('charset')
print(simple['Content-Type'])
print(simple.values())

b = email.message_from_bytes(b'Subject: bytes\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nGr\xc3\xbc\xc3\x9fe\n',
                             policy=policy.default)
print(repr(b.get_content()), b.get_payload(decode=True), repr(b.get_payload()))
print(b.as_bytes())
hp = HeaderParser().parsestr('A: 1\nB: 2\n\n--x\nnot parsed\n')
print(hp.keys(), repr(hp.get_payload()))
bp = BytesParser(policy=policy.default).parsebytes(b'Subject: x\r\nTo: a@b.c\r\n\r\nbody\r\n')
print(bp['subject'], repr(bp.get_content()), bp.as_bytes())
nohdr = email.message_from_string('no header here\nsecond\n')
print(nohdr.keys(), repr(nohdr.get_payload()), nohdr.defects)
