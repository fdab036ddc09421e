"""The parser object of xml.parsers.expat (what ParserCreate returns), built
on the scanner of xml.etree (_parser.Scanner) so that the same documents are
accepted and the same errors reported at the same positions.

A subclass of the scanner reports names as pyexpat does (the raw name, or
'uri<sep>local[<sep>prefix]' when a namespace separator is given), keeps the
xmlns attributes as ordinary ones when namespaces are off, and also reports
CDATA section boundaries and the XML declaration. Handlers are looked up
when each event happens, so they may be changed while parsing.

Handlers that are called: StartElement, EndElement, CharacterData,
ProcessingInstruction, Comment, StartNamespaceDecl, EndNamespaceDecl,
StartCdataSection, EndCdataSection, XmlDecl, and (see etree._dtd._report)
StartDoctypeDecl, EntityDecl, UnparsedEntityDecl, EndDoctypeDecl once the
whole DOCTYPE was read; ExternalEntityRef for references to external
entities in content (a false result is expat's error 21; without a handler
they are skipped) and, when SetParamEntityParsing asks for it, for the
external DTD subset (nothing is ever read). Setting DefaultHandler,
DefaultHandlerExpand, ElementDeclHandler or AttlistDeclHandler makes Parse
raise NotImplementedError; the remaining pyexpat handlers (NotationDecl,
SkippedEntity, NotStandalone) are accepted and never called. Attributes
defaulted by an ATTLIST declaration are reported as if specified."""

from xml.etree._parser import Scanner
from xml.etree._chars import MESSAGES, _Incomplete, newlines

HANDLERS = ('StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler',
            'CommentHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler',
            'StartCdataSectionHandler', 'EndCdataSectionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler',
            'EndDoctypeDeclHandler', 'EntityDeclHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
            'ExternalEntityRefHandler', 'SkippedEntityHandler', 'NotStandaloneHandler', 'DefaultHandler',
            'DefaultHandlerExpand', 'ElementDeclHandler', 'AttlistDeclHandler')
_UNSUPPORTED = ('DefaultHandler', 'DefaultHandlerExpand', 'ElementDeclHandler', 'AttlistDeclHandler')


class _Hooks:
    # The callables the scanner reads once, at its creation.
    def __init__(self, p):
        self.start, self.end, self.data = p._on_start, p._on_end, p._on_data
        self.comment, self.pi, self.doctype = p._on_comment, p._on_pi, None
        self.start_ns, self.end_ns = p._on_start_ns, p._on_end_ns


class _ExpatScanner(Scanner):
    def __init__(self, owner, encoding, sep, prefixes):
        self._owner = owner
        self._sep = sep
        self._prefixes = prefixes
        self._evpos = 0
        Scanner.__init__(self, _Hooks(owner), encoding, None, True)
        self.hooks = owner

    def _resolve(self, raw, pos, element):
        s = raw.decode()
        sep = self._sep
        if sep is None:
            return s
        c = s.find(':')
        if c < 0:
            uri = self._ns.get('') if element else None
            return uri + sep + s if uri else s
        uri = self._ns.get(s[:c])
        if not uri:
            self.fail(27, pos)
        name = uri + sep + s[c + 1:]
        return name + sep + s[:c] if self._prefixes else name

    def _declare(self, names, values, pos):
        # Without namespace processing xmlns attributes are plain ones.
        if self._sep is None:
            return None
        return Scanner._declare(self, names, values, pos)

    def _context(self, name):
        return name.decode() if self._sep is None else Scanner._context(self, name)

    # -- positions of the event being reported ----------------------------

    def _markup(self, pos, end):
        self._evpos = pos
        return Scanner._markup(self, pos, end)

    def _text(self, pos, lt):
        self._evpos = pos
        Scanner._text(self, pos, lt)

    def _consume(self, pos):
        Scanner._consume(self, pos)
        self._evpos = self._evpos - pos if self._evpos > pos else 0

    def position(self):
        if self._failed:
            return self._failed[2], self._failed[3]
        n, chars = self._advance(self._buf[:self._evpos])
        return (self._line + n, chars) if n else (self._line, self._col + chars)

    # -- constructs the ElementTree scanner does not report ----------------

    def _cdata(self, pos):
        buf = self._buf
        k = buf.find(b']]>', pos + 9, self._endpos)
        if k < 0:
            raise _Incomplete(20, self._endpos)
        owner = self._owner
        owner._event('StartCdataSectionHandler', ())
        if k > pos + 9:
            self._deliver([newlines(buf[pos + 9:k]).decode()])
        owner._event('EndCdataSectionHandler', ())
        return k + 3

    def _xml_decl(self, pos, j):
        end = Scanner._xml_decl(self, pos, j)
        found = {}
        text = self._buf[j:end - 2].decode().replace("'", '"')
        bits = text.split('"')
        for i in range(0, len(bits) - 1, 2):
            found[bits[i].strip(' \t\r\n=')] = bits[i + 1]
        sa = found.get('standalone')
        self.standalone = sa == 'yes'
        if self._owner.XmlDeclHandler is not None:
            self._owner._event('XmlDeclHandler', (found.get('version'), found.get('encoding'),
                                                  -1 if sa is None else int(sa == 'yes')))
        return end

    def _error(self):
        from xml.parsers.expat import ExpatError
        code, line, col = self._failed[1:4]
        err = ExpatError('%s: line %d, column %d' % (MESSAGES.get(code, self._failed[0]), line, col))
        err.code, err.lineno, err.offset = code, line, col
        return err


class XMLParserType:
    """An expat parser (pyexpat.xmlparser)."""
    _skip_external = True
    _pe_parsing = 0

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        if namespace_separator is not None and len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
        for name in HANDLERS:
            setattr(self, name, None)
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {} if intern is None else intern
        self._encoding = encoding
        self._sep = namespace_separator
        self._sc = None
        self._pending = []
        self._pending_len = 0
        self._base = None

    # -- pyexpat's methods -------------------------------------------------

    def Parse(self, data, isfinal=False):
        sc = self._sc
        if sc is None:
            for name in _UNSUPPORTED:
                if getattr(self, name) is not None:
                    raise NotImplementedError('xml.parsers.expat: ' + name)
            sc = self._sc = _ExpatScanner(self, self._encoding, self._sep, bool(self.namespace_prefixes))
        try:
            if data:
                sc.feed(data if isinstance(data, str) else bytes(data))
            if isfinal:
                sc.close()
        finally:
            self._flush()
        return 1

    def ParseFile(self, file):
        while True:
            chunk = file.read(16384)
            if not chunk:
                break
            self.Parse(chunk)
        return self.Parse(b'', True)

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def SetParamEntityParsing(self, flag):
        self._pe_parsing = flag
        return 1

    @property
    def internal_subset(self):
        return self._sc.subset if self._sc is not None else None

    def UseForeignDTD(self, flag=True):
        pass

    def GetInputContext(self):
        return None

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError('xml.parsers.expat: ExternalEntityParserCreate')

    def _pos(self):
        return self._sc.position() if self._sc is not None else (1, 0)

    @property
    def ErrorCode(self):
        sc = self._sc
        return sc._failed[1] if sc is not None and sc._failed else 0

    @property
    def ErrorLineNumber(self):
        return self._pos()[0]

    @property
    def ErrorColumnNumber(self):
        return self._pos()[1]

    CurrentLineNumber = ErrorLineNumber
    CurrentColumnNumber = ErrorColumnNumber

    @property
    def ErrorByteIndex(self):
        return -1

    CurrentByteIndex = ErrorByteIndex

    # -- events from the scanner -------------------------------------------

    def _flush(self):
        if self._pending:
            text = ''.join(self._pending)
            self._pending = []
            self._pending_len = 0
            h = self.CharacterDataHandler
            if h is not None:
                h(text)

    def _event(self, name, args):
        h = getattr(self, name)
        if h is not None:
            self._flush()
            h(*args)

    def _on_data(self, text):
        if not self.buffer_text:
            h = self.CharacterDataHandler
            if h is not None:
                h(text)
            return
        if self._pending_len + len(text) > self.buffer_size:
            self._flush()
            if len(text) > self.buffer_size:
                h = self.CharacterDataHandler
                if h is not None:
                    h(text)
                return
        self._pending.append(text)
        self._pending_len += len(text)

    def _on_start(self, tag, attrib):
        h = self.StartElementHandler
        if h is not None:
            self._flush()
            if self.ordered_attributes:
                flat = []
                for k in attrib:
                    flat.append(k)
                    flat.append(attrib[k])
                attrib = flat
            h(tag, attrib)

    def _on_end(self, tag):
        self._event('EndElementHandler', (tag,))

    def _on_comment(self, text):
        self._event('CommentHandler', (text,))

    def _on_pi(self, target, data):
        self._event('ProcessingInstructionHandler', (target, data))

    def _on_start_ns(self, prefix, uri):
        self._event('StartNamespaceDeclHandler', (prefix or None, uri or None))

    def _on_end_ns(self, prefix):
        self._event('EndNamespaceDeclHandler', (prefix or None,))
