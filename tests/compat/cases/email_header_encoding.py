# email.header and RFC 2047 encoded words: decode_header, make_header,
# Header folding, and how the default policy encodes non-ASCII headers
from email.header import Header, decode_header, make_header
from email.message import EmailMessage
from email.charset import Charset
from email import policy

for v in ['plain ascii', '=?utf-8?q?caf=C3=A9?=', '=?utf-8?b?R3LDvMOfZQ==?= und =?iso-8859-1?q?K=F6ln?=',
          'Re: =?utf-8?q?a?= =?utf-8?q?b?=', '=?UTF-8?Q?Hello_World?=', 'x =?utf-8?q?=E2=82=AC?= y']:
    parts = decode_header(v)
    print(parts)
    print(str(make_header(parts)))

h = Header('Grüße aus Köln', 'utf-8')
print(h.encode())
print(str(h))
h = Header('hello', 'iso-8859-1')
h.append(' wörld', 'iso-8859-1')
print(h.encode())
print(Header('A long ascii subject line that will certainly need to be folded because it goes on and on and on',
             header_name='Subject').encode())
print(Header('Ein sehr langer Betreff mit Ümlauten, der über die Zeilenlänge hinausgeht und gefaltet werden muss',
             header_name='Subject').encode())
print(Header('x; y, ' * 20, header_name='X-List').encode())
cs = Charset('utf-8')
print(cs.header_encode('naïve'), cs.body_encoding, cs.get_body_encoding(), cs.get_output_charset())
print(Charset('latin-1').input_charset, Charset('latin_1').header_encode('café'), callable(Charset('us-ascii').get_body_encoding()))
print(repr(Charset('iso-8859-1').body_encode('caf\xe9 = ok\n')))

m = EmailMessage()
m['Subject'] = 'Überraschung: alles ok'
m['X-Short'] = 'naïve'
m['X-Euro'] = 'Preis: 5 € pro Stück, ' + 'sehr günstig ' * 6
m['To'] = 'Zoë Ünger <zoe@example.com>, plain@example.com'
m['X-Long-Word'] = 'z' * 90
m['X-Spaces'] = 'a  b   c'
m['Subject2'] = '=?utf-8?q?already_encoded_=C3=A9?='
print(m.as_string())
print(m['Subject'], '|', m['X-Euro'], '|', m['Subject2'])
print(m['To'].addresses)
print([a.display_name for a in m['To'].addresses], [a.domain for a in m['To'].addresses])
print(m.as_string(policy=policy.SMTP).encode())
print(m.as_string(policy=policy.default.clone(max_line_length=40)))
