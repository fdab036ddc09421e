"""mimetypes: guess_type, guess_extension, guess_all_extensions, add_type,
init, read_mime_types, MimeTypes and the maps, for the content type of an
upload (a release asset, an artifact) from its file name.

The table is CPython's built-in one, as CPython has it on a machine without
a system mime.types (the sandbox sees no /etc): on a Linux runner CPython
also reads /etc/mime.types, which changes a few answers there ('.xml' gives
'text/xml' here, 'application/xml' there; '.sh', '.exe'). init() and
read_mime_types() read the files they are given."""
import posixpath as _posixpath

# type: extensions, the first one the one guess_extension gives (strict)
_TYPES = {
    'application/javascript': '.js', 'application/json': '.json',
    'application/manifest+json': '.webmanifest', 'application/msword': '.doc .dot .wiz',
    'application/n-quads': '.nq', 'application/n-triples': '.nt', 'application/trig': '.trig',
    'application/octet-stream': '.bin .a .dll .exe .o .obj .so', 'application/oda': '.oda',
    'application/pdf': '.pdf', 'application/pkcs7-mime': '.p7c', 'application/postscript': '.ps .ai .eps',
    'application/vnd.apple.mpegurl': '.m3u .m3u8', 'application/vnd.ms-excel': '.xls .xlb',
    'application/vnd.ms-powerpoint': '.ppt .pot .ppa .pps .pwz', 'application/wasm': '.wasm',
    'application/x-bcpio': '.bcpio', 'application/x-cpio': '.cpio', 'application/x-csh': '.csh',
    'application/x-dvi': '.dvi', 'application/x-gtar': '.gtar', 'application/x-hdf': '.hdf',
    'application/x-hdf5': '.h5', 'application/x-latex': '.latex', 'application/x-mif': '.mif',
    'application/x-netcdf': '.cdf .nc', 'application/x-pkcs12': '.p12 .pfx',
    'application/x-pn-realaudio': '.ram', 'application/x-python-code': '.pyc .pyo',
    'application/x-sh': '.sh', 'application/x-shar': '.shar', 'application/x-shockwave-flash': '.swf',
    'application/x-sv4cpio': '.sv4cpio', 'application/x-sv4crc': '.sv4crc', 'application/x-tar': '.tar',
    'application/x-tcl': '.tcl', 'application/x-tex': '.tex', 'application/x-texinfo': '.texi .texinfo',
    'application/x-troff': '.roff .t .tr', 'application/x-troff-man': '.man',
    'application/x-troff-me': '.me', 'application/x-troff-ms': '.ms', 'application/x-ustar': '.ustar',
    'application/x-wais-source': '.src', 'application/xml': '.xsl .rdf .wsdl .xpdl',
    'application/zip': '.zip', 'audio/3gpp': '.3gp .3gpp', 'audio/3gpp2': '.3g2 .3gpp2',
    'audio/aac': '.aac .adts .loas .ass', 'audio/basic': '.au .snd', 'audio/mpeg': '.mp3 .mp2',
    'audio/opus': '.opus', 'audio/x-aiff': '.aif .aifc .aiff', 'audio/x-pn-realaudio': '.ra',
    'audio/x-wav': '.wav', 'image/avif': '.avif', 'image/bmp': '.bmp', 'image/gif': '.gif',
    'image/ief': '.ief', 'image/jpeg': '.jpg .jpe .jpeg', 'image/heic': '.heic', 'image/heif': '.heif',
    'image/png': '.png', 'image/svg+xml': '.svg', 'image/tiff': '.tiff .tif',
    'image/vnd.microsoft.icon': '.ico', 'image/webp': '.webp', 'image/x-cmu-raster': '.ras',
    'image/x-portable-anymap': '.pnm', 'image/x-portable-bitmap': '.pbm',
    'image/x-portable-graymap': '.pgm', 'image/x-portable-pixmap': '.ppm', 'image/x-rgb': '.rgb',
    'image/x-xbitmap': '.xbm', 'image/x-xpixmap': '.xpm', 'image/x-xwindowdump': '.xwd',
    'message/rfc822': '.eml .mht .mhtml .nws', 'text/css': '.css', 'text/csv': '.csv',
    'text/html': '.html .htm', 'text/markdown': '.md .markdown', 'text/n3': '.n3',
    'text/plain': '.txt .bat .c .h .ksh .pl .srt', 'text/richtext': '.rtx',
    'text/tab-separated-values': '.tsv', 'text/vtt': '.vtt', 'text/x-python': '.py',
    'text/x-setext': '.etx', 'text/x-sgml': '.sgm .sgml', 'text/x-vcard': '.vcf',
    'text/xml': '.xml', 'video/mp4': '.mp4', 'video/mpeg': '.mpeg .m1v .mpa .mpe .mpg',
    'video/quicktime': '.mov .qt', 'video/webm': '.webm', 'video/x-msvideo': '.avi',
    'video/x-sgi-movie': '.movie',
}
# CPython maps .js and .mjs to text/javascript, and keeps application/javascript
# for guess_extension only
_LATER = {'.js': 'text/javascript', '.mjs': 'text/javascript'}
_NON_STRICT = {'image/jpg': '.jpg', 'image/pict': '.pct .pic .pict', 'text/rtf': '.rtf',
               'audio/midi': '.mid .midi', 'text/xul': '.xul'}

suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
              '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
knownfiles = []
inited = False


class MimeTypes:
    def __init__(self, filenames=(), strict=True):
        self.suffix_map = dict(suffix_map)
        self.encodings_map = dict(encodings_map)
        self.types_map = ({}, {})  # non-strict, strict: extension -> type
        self.types_map_inv = ({}, {})  # type -> extensions, in the order added
        for table, is_strict in ((_TYPES, True), (_NON_STRICT, False)):
            for type, exts in table.items():
                for ext in exts.split():
                    self.add_type(type, ext, is_strict)
        for ext, type in _LATER.items():
            self.add_type(type, ext, True)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        url = str(url)
        scheme, sep, rest = url.partition(':')
        if sep and scheme == 'data':
            # data:[<type>][;param][;base64],<data>
            head, comma, _ = rest.partition(',')
            if not comma:
                return None, None
            type = head.split(';', 1)[0]
            return (type if '/' in type and '=' not in type else 'text/plain'), None
        # suffixes and encodings match case-sensitively, types either way
        base, ext = _posixpath.splitext(url)
        while ext in self.suffix_map:
            base, ext = _posixpath.splitext(base + self.suffix_map[ext])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = _posixpath.splitext(base)
        for table in (self.types_map[True],) if strict else self.types_map[::-1]:
            for candidate in (ext, ext.lower()):
                if candidate in table:
                    return table[candidate], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            exts += [e for e in self.types_map_inv[False].get(type, []) if e not in exts]
        return exts

    def guess_extension(self, type, strict=True):
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as f:
            self.readfp(f, strict)

    def readfp(self, fp, strict=True):
        # mime.types lines: a type, then its extensions without dots
        for line in fp:
            words = line.split('#', 1)[0].split()
            for ext in words[1:]:
                self.add_type(words[0], '.' + ext, strict)


_db = None  # the MimeTypes the module's functions use (made by init)


def init(files=None):
    global _db, inited, types_map, common_types
    db = MimeTypes()
    for name in files or ():
        try:
            db.read(name)
        except OSError:
            pass
    _db, inited = db, True
    types_map, common_types = db.types_map[True], db.types_map[False]


def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.types_map = ({}, {})
        db.readfp(f, True)
        return db.types_map[True]


def guess_type(url, strict=True):
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    _db.add_type(type, ext, strict)


init()
