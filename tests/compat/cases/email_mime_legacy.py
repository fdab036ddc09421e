# the legacy email.mime classes with the compat32 policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email import encoders
from email.utils import formataddr

msg = MIMEMultipart('alternative', boundary='===BOUND===')
msg['Subject'] = 'Weekly report'
msg['From'] = formataddr(('Reporter', 'rep@example.com'))
msg['To'] = 'team@example.com'
msg.attach(MIMEText('Hello team,\nsee the numbers.\n', 'plain'))
msg.attach(MIMEText('<p>Hello <b>team</b></p>', 'html'))
print(msg.as_string())
print(str(msg) == msg.as_string())

outer = MIMEMultipart()
outer.set_boundary('OUTER')
outer['Subject'] = 'A very long subject line for the legacy API that goes beyond the seventy-eight column limit'
outer.preamble = 'You will not see this in a MIME-aware mail reader.\n'
outer.attach(MIMEText('Grüße aus Köln\n', 'plain', 'utf-8'))
outer.attach(MIMEText('caf\xe9\n', 'plain', 'iso-8859-1'))
outer.attach(MIMEText('naïve text with no charset'))
part = MIMEBase('application', 'octet-stream')
part.set_payload(bytes(range(60)))
encoders.encode_base64(part)
part.add_header('Content-Disposition', 'attachment', filename='blob.bin')
outer.attach(part)
outer.attach(MIMEApplication(b'%PDF-1.4 fake', 'pdf', Name='doc.pdf'))
outer.attach(MIMEImage(b'GIF89a....', 'gif'))
q = MIMEBase('text', 'plain')
q.set_payload('Some text with = and trailing space \nand tabs\t\n')
encoders.encode_quopri(q)
outer.attach(q)
s = MIMEBase('text', 'plain')
s.set_payload('plain ascii')
encoders.encode_7or8bit(s)
outer.attach(s)
print(outer.as_string())
print(outer.as_bytes().decode('ascii') == outer.as_string())
print(outer.as_bytes()[:200])
for p in outer.walk():
    print(p.get_content_type(), p.get('Content-Transfer-Encoding'), p.get_content_charset(), p.get_filename())
print(outer.get_payload(0).get_payload(decode=True).decode('utf-8'))
print(outer.get_payload(1).get_payload(decode=True))
print(outer.get_payload(3).get_payload(decode=True) == bytes(range(60)))
print(outer.get_charsets())
try:
    MIMEText('x').attach(MIMEText('y'))
except Exception as e:
    print(type(e).__name__, e)
