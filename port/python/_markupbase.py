"""_markupbase: ParserBase, the shared base of CPython 3.11's
html.parser.HTMLParser.

It keeps the position (lineno, offset; getpos, updatepos) and reads the
parts of markup that are not tags: comments (parse_comment) and marked
sections such as '<![CDATA[...]]>' and MS Office's '<![if ...]>'
(parse_marked_section, with _scan_name), with CPython's return values: the
index just past what was read, or -1 when the buffer ends first.
Subclasses and libraries (Python-Markdown) override these or call them
through super(); the patterns are module globals looked up at each call.

Not provided: parse_declaration and its doctype subset scanner, which the
SGML parsers of old used and HTMLParser never calls."""
import re

_commentclose = re.compile(r'--\s*>')
# a name in a declaration, and the white space after it
_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_declstringlit_match = re.compile(r'(\'[^\']*\'|"[^"]*")\s*').match
# ']]>' ends a CDATA-like section, ']>' an MS Office one (white space allowed
# between their characters)
_markedsectionclose = re.compile(r']\s*]\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')

_SECTION_KEYWORDS = ('temp', 'cdata', 'ignore', 'include', 'rcdata')
_MS_SECTION_KEYWORDS = ('if', 'else', 'endif')


class ParserBase:
    """Parser base class with the position bookkeeping and the readers of
    comments and marked sections; not for use on its own."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError('_markupbase.ParserBase must be subclassed')

    def getpos(self):
        return self.lineno, self.offset

    def reset(self):
        self.lineno, self.offset = 1, 0

    def updatepos(self, i, j):
        # Advance the position over rawdata[i:j]; returns j.
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            # the offset restarts after the last newline crossed
            self.offset = j - (text.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    _decl_otherchars = ''

    def parse_marked_section(self, i, report=1):
        # rawdata[i:] starts with '<![': report what is between it and the
        # section's close; the index after the close, or -1
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', 'unexpected call to parse_marked_section()'
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _SECTION_KEYWORDS:
            m = _markedsectionclose.search(rawdata, i + 3)
        elif name in _MS_SECTION_KEYWORDS:
            m = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if m is None:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:m.start(0)])
        return m.end(0)

    def parse_comment(self, i, report=1):
        # rawdata[i:] starts with '<!--': the comment runs to '--' and '>'
        # (white space between them allowed); the index after it, or -1
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _commentclose.search(rawdata, i + 4)
        if m is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start(0)])
        return m.end(0)

    def _scan_name(self, i, declstartpos):
        # (the lowercased name at rawdata[i], the index after it and its
        # white space), or (None, -1) when the buffer ends first
        text = self.rawdata
        found = _declname_match(text, i)
        if found is None:
            if i == len(text):
                return None, -1
            self.updatepos(declstartpos, i)
            raise AssertionError('expected name token at %r' % text[declstartpos:declstartpos + 20])
        if found.end() == len(text):
            # the name, or the white space after it, may go on in the next feed()
            return None, -1
        return found.group().strip().lower(), found.end()

    def unknown_decl(self, data):
        # for subclasses to override
        pass
