# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Compose a notification email (not sent) and parse a webhook payload."""
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser, Parser
from email.utils import formataddr, parseaddr, getaddresses, make_msgid
from email.headerregistry import Address
import email
import mimetypes
import base64
import quopri

msg = EmailMessage()
msg["Subject"] = "CI run #42 failed ❌"
msg["From"] = formataddr(("CI Bot", "ci@example.com"))
msg["To"] = ", ".join([formataddr(("Ålice Ü", "alice@example.com")), "bob@example.org"])
msg["Date"] = "Sun, 31 Mar 2024 12:00:00 +0000"
msg["Message-ID"] = "<fixed@example.com>"
msg.set_content("Build failed.\n\nSee logs at https://example.com/run/42\n")
msg.add_alternative("<p>Build <b>failed</b>.</p>", subtype="html")
msg.add_attachment(b"log line 1\nlog line 2\n", maintype="text", subtype="plain", filename="build.log")
msg.add_attachment(b"\x89PNG\r\n\x1a\n" + bytes(20), maintype="image", subtype="png", filename="shot.png")
print(msg["Subject"], "|", msg["To"], "|", msg.get_content_type(), msg.is_multipart())
print([p.get_content_type() for p in msg.walk()])
print([a.get_filename() for a in msg.iter_attachments()])
body = msg.get_body(preferencelist=("plain",))
print(repr(body.get_content()))
raw = msg.as_bytes(policy=policy.SMTP)
print(raw.count(b"\r\n") > 10, b"Content-Transfer-Encoding" in raw)
parsed = BytesParser(policy=policy.default).parsebytes(raw)
print(parsed["subject"], parsed["from"].addresses[0].display_name, parsed["to"].addresses[0].username, len(list(parsed.iter_attachments())))
print(parseaddr("Bob Smith <bob@x.org>"), getaddresses(["a@b.c, D E <d@e.f>"]), Address("Jo", "jo", "ex.com"), len(make_msgid(domain="x")) > 5)
simple = Parser().parsestr("From: a@b\nTo: c@d\nSubject: =?utf-8?q?caf=C3=A9?=\nX-Multi: a\n b\n\nBody here\n")
print(simple["Subject"], simple.get_payload(), simple.keys(), simple.get_all("To"), simple["X-Multi"], simple.get("missing", "dflt"))
print(str(email.header.make_header(email.header.decode_header("=?utf-8?b?w6k=?= plain"))))
old = email.message_from_string("Content-Type: text/plain; charset=\"latin-1\"\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9 =\nsoft\n")
print(old.get_content_charset(), repr(old.get_payload(decode=True)), old.get_param("charset"), old.get_content_maintype())
m2 = email.message.Message(); m2["X"] = "1"; m2.set_payload("hi"); m2.add_header("Content-Disposition", "attachment", filename="a b.txt")
print(m2.as_string())
for name in ["report.html", "data.json", "archive.tar.gz", "img.SVG", "noext", "script.py", "style.css", "doc.pdf", "a.wasm", "x.md", "f.yaml", "f.toml"]:
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_extension("application/json"), mimetypes.guess_extension("text/html"), mimetypes.guess_type("http://x.com/a.png?q=1"), mimetypes.types_map[".txt"])
print(quopri.encodestring("café = ok\n".encode("latin-1")), quopri.decodestring(b"caf=E9=\n ok"))
print(base64.b64encode(raw[:10]), email.utils.quote('a"b'), email.utils.unquote('"x"'), email.utils.collapse_rfc2231_value(("us-ascii", "", "x")))
