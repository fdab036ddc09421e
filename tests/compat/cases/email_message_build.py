# building messages with EmailMessage: headers, set_content, alternatives,
# attachments, and the generated text (boundaries fixed before output)
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
import datetime


def fix(msg):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('BOUNDARY%d' % n)
            n += 1
    return msg


m = EmailMessage()
m['Subject'] = 'Build #42 passed'
m['From'] = Address('CI Bot', 'ci', 'example.com')
m['To'] = [Address('Ann', addr_spec='ann@example.com'), Address('Bob B.', 'bob', 'example.org')]
m['Date'] = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
m['Message-ID'] = '<123@example.com>'
m.set_content('All 120 tests passed.\nDuration: 3m 2s\n')
print(m.as_string())
print(m['From'], '|', m['To'], '|', m['Date'])
print(m['Date'].datetime, m['To'].addresses[1].username)
print(m.get_content_type(), m['Content-Transfer-Encoding'], repr(m.get_content()))
print(len(m), m.keys())
print('subject' in m, 'X-None' in m)
try:
    m['Subject'] = 'again'
except ValueError as e:
    print('ValueError:', e)

m.add_alternative('<html><body><p>All <b>120</b> tests passed.</p></body></html>\n', subtype='html')
m.add_attachment(b'\x89PNG\r\n\x1a\n' + bytes(range(100)), maintype='image', subtype='png', filename='chart.png')
m.add_attachment('col1,col2\n1,2\n', filename='data.csv')
m.add_attachment(b'{"ok": true}', maintype='application', subtype='json', filename='r\xe9sum\xe9.json')
fix(m)
print(m.as_string())
print(m.get_content_type(), m.is_multipart(), len(list(m.iter_parts())))
for part in m.walk():
    print(part.get_content_type(), part.get_content_disposition(), part.get_filename(), part.is_attachment())
print(m.get_body(preferencelist=('plain',)).get_content())
print(m.get_body().get_content_type())
for a in m.iter_attachments():
    print('attachment', a.get_filename(), a.get_content_type(), repr(a.get_content())[:60])

u = EmailMessage()
u['Subject'] = 'Grüße'
u.set_content('Grüße aus Köln\nzweite Zeile\n')
print(u.as_string())
print(str(u))
print(u.as_bytes())
print(repr(u.get_content()), u['Content-Transfer-Encoding'])
long = EmailMessage()
long.set_content('x' * 100 + '\nshort\n')
print(long.as_string())
qp = EmailMessage()
qp.set_content('café ' * 30 + '\n')
print(qp.as_string())
b64 = EmailMessage()
b64.set_content('日本語のテキスト' * 12 + '\n')
print(b64.as_string())
s = EmailMessage()
s.set_content('plain', subtype='plain', charset='us-ascii', cte='quoted-printable')
s.add_header('Content-Disposition', 'inline', filename='note.txt')
s.set_param('format', 'flowed')
print(s.as_string(policy=policy.SMTP).encode())
print(s.get_params())
print(s.get_param('charset'), s.get_param('format'), s.get_filename())
del s['Content-Disposition']
s.replace_header('Content-Transfer-Encoding', '7bit')
print(s.keys(), s['content-transfer-encoding'])
