"""urlopen for the URLs that need no network: file: (a file the sandbox
can see) and data: (RFC 2397), answered as CPython's FileHandler and
DataHandler answer them: an addinfourl over the bytes, whose headers are
Content-type, Content-length and (for a file) Last-modified, and whose
status is None."""
import os

from urllib._message import HTTPMessage
from urllib.error import URLError
from urllib.parse import unquote_to_bytes
from urllib.response import addinfourl


def open_file(req):
    host = req.host
    if host and host.lower() not in ('localhost', '127.0.0.1'):
        raise URLError('file not on local host')
    from urllib.request import url2pathname
    path = url2pathname(req.selector)
    try:
        stats = os.stat(path)
        f = open(path, 'rb')
    except OSError as e:
        raise URLError(e, e.filename)
    import email.utils
    import mimetypes
    mtype = mimetypes.guess_type(path)[0]
    headers = HTTPMessage([
        ('Content-type', mtype or 'text/plain'),
        ('Content-length', str(stats.st_size)),
        ('Last-modified', email.utils.formatdate(stats.st_mtime, usegmt=True)),
    ])
    return addinfourl(f, headers, 'file://' + host + req.selector)


def open_data(req):
    url = req.full_url
    scheme, data = url.split(':', 1)
    try:
        mediatype, data = data.split(',', 1)
    except ValueError:
        raise ValueError('data URL must contain a comma')
    payload = unquote_to_bytes(data)
    if mediatype.endswith(';base64'):
        import base64
        payload = base64.decodebytes(payload)
        mediatype = mediatype[:-7]
    if not mediatype:
        mediatype = 'text/plain;charset=US-ASCII'
    import io
    headers = HTTPMessage([('Content-type', mediatype), ('Content-length', str(len(payload)))])
    return addinfourl(io.BytesIO(payload), headers, url)
