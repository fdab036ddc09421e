# mimetypes: the content type and encoding of upload file names (upper-case
# extensions, compressed tars and their short forms, data: URLs, names
# without an extension), guess_extension/guess_all_extensions, add_type and
# MimeTypes. Only names whose answer is the same with and without a system
# mime.types (CPython reads /etc/mime.types; the sandbox has none).
import mimetypes

names = ['a.png', 'b.JPG', 'report.json', 'notes.txt', 'index.html', 'dist.zip',
         'pkg.tar.gz', 'pkg.tgz', 'pkg.tar.bz2', 'style.css', 'data.csv', 'logo.svg',
         'app.js', 'README.md', 'tool.py', 'module.wasm', 'manual.pdf', 'Makefile',
         'a.unknownext', 'raw.gz', 'pic.webp', 'movie.mp4', 'icon.ico', 'a.TXT',
         'data:text/plain;base64,SGk=', 'data:,hello', 'data:foo=bar,x', 'data:nocomma',
         'https://example.com/a/b.png', '/abs/path/x.html', 'x.svgz', 'song.mp3']
for name in names:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
for type in ['image/jpeg', 'text/plain', 'application/json', 'image/png', 'text/html',
             'application/octet-stream', 'no/such', 'IMAGE/PNG']:
    # all extensions only where /etc/mime.types adds none
    print(type, mimetypes.guess_extension(type), mimetypes.guess_all_extensions(type)[:1])
print(mimetypes.guess_type('x.pict'), mimetypes.guess_type('x.pict', strict=False))
print(mimetypes.guess_all_extensions('application/json'), mimetypes.guess_all_extensions('image/png'))
mimetypes.add_type('application/x-yaml', '.yaml')
print(mimetypes.guess_type('ci.yaml'), mimetypes.guess_extension('application/x-yaml'))
db = mimetypes.MimeTypes()
db.add_type('text/x-toml', '.toml')
print(db.guess_type('pyproject.toml'), db.guess_type('ci.yaml'), mimetypes.guess_type('pyproject.toml'))
print(mimetypes.suffix_map['.tgz'], mimetypes.encodings_map['.gz'], mimetypes.types_map['.png'])
import posixpath; print(posixpath.join('a', 'b'), posixpath.splitext('x.tar.gz'), posixpath.basename('/p/q.txt'))
