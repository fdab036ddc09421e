"""html.parser: HTMLParser, the tolerant event-driven HTML tokenizer of
CPython 3.11, with CPython's internal structure.

Covers feed()/close()/reset(), getpos(), get_starttag_text(), the handler
methods (handle_starttag/endtag/startendtag/data/comment/decl/pi,
unknown_decl, and handle_charref/handle_entityref when convert_charrefs is
False), script and style content (CDATA_CONTENT_ELEMENTS) as raw data up to
the matching end tag, '<![CDATA[...]]>' and MS Office '<![if ...]>' marked
sections, and CPython's way with malformed markup: the same events, the same
points at which text at the end of a feed() is held back for more input,
the same AssertionError texts for marked sections it cannot read.

The internals are CPython's too, for the libraries that subclass the parser
and patch it (Python-Markdown copies this module and replaces some of its
patterns): HTMLParser derives from _markupbase.ParserBase (lineno, offset,
updatepos, parse_comment, parse_marked_section); goahead() works through
self.rawdata, handing each piece of markup to parse_starttag, parse_endtag,
parse_pi, parse_html_declaration or parse_bogus_comment, which return the
index after what they read or -1 when the buffer ends first;
check_for_whole_start_tag, set_cdata_mode/clear_cdata_mode,
self.interesting, self.cdata_elem, self.lasttag and the __starttag_text
attribute are there. The module-level patterns (starttagopen, piclose,
endendtag, endtagfind, tagfind_tolerant, attrfind_tolerant,
locatestarttagend_tolerant, entityref, charref, incomplete...) match what
CPython's match and are looked up as module globals at each use, so
replacing one changes the parsing.

Character references (in text and attribute values) are converted by
html.unescape, with every HTML5 name (see html/__init__.py).
"""
import re
import _markupbase

from html import unescape

__all__ = ['HTMLParser']

# What goahead() stops at in ordinary text: markup and references.
interesting_normal = re.compile('[&<]')
# '&' and what could begin a reference that the buffer cuts off
incomplete = re.compile('&[a-zA-Z#]')

# A reference must be followed by a character that cannot continue it (';'
# or another), so one at the very end of the buffer waits for more input.
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')

starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')

# A tag name runs to white space, '/', '>' or NUL; the white space and
# lone '/'s after it are skipped.
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# An attribute: its name (after a quote, white space or '/'), then maybe
# one or more '=' and a value quoted either way or bare; groups: name, the
# '=' part, the value with its quotes.
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)'
    r'(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?'
    r'(?:\s|/(?!>))*')
# How far a start tag's name and attributes reach; the character after
# that decides where the tag ends (check_for_whole_start_tag).
locatestarttagend_tolerant = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'
    r'(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'
    r'(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')
endendtag = re.compile('>')
# a well-formed end tag: '</', a name, '>' (white space allowed around the
# name)
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

_space_or_semi = re.compile(r'[\s;]')
_TAG_FOLLOWERS = 'abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ'


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags go to handle_starttag() or handle_startendtag(), end tags to
    handle_endtag(), the text between them to handle_data(). With
    convert_charrefs True (the default) character references in text are
    converted; otherwise they go to handle_entityref() and handle_charref().
    """

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Feed data to the parser; as often as wanted, in pieces of any size."""
        if not isinstance(data, str):
            raise TypeError('can only concatenate str (not "%s") to str' % type(data).__name__)
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    # CPython's __starttag_text, spelt mangled: code outside the class reads
    # it so, and the same name comes out whether this module is compiled by
    # mpy-cross (which does not mangle) or by the interpreter (which does).
    _HTMLParser__starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._HTMLParser__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    def goahead(self, end):
        # Handle what rawdata holds, as far as it can be told; the rest is
        # kept for the next feed(). With end true (close()) nothing is kept.
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # the text may end in a reference the next feed()
                    # completes: wait unless an '&' near the end is
                    # followed by white space or ';'
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and _space_or_semi.search(rawdata, amp) is None:
                        break
                    j = n
            else:
                m = self.interesting.search(rawdata, i)
                if m is not None:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                if self.convert_charrefs and not self.cdata_elem:
                    self.handle_data(unescape(rawdata[i:j]))
                else:
                    self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            c = rawdata[i]
            if c == '<':
                if starttagopen.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith('</', i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif rawdata.startswith('<?', i):
                    k = self.parse_pi(i)
                elif rawdata.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # at close(): markup that never ended is text up to
                    # its '>', or the next '<', or just the '<'
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    if self.convert_charrefs and not self.cdata_elem:
                        self.handle_data(unescape(rawdata[i:k]))
                    else:
                        self.handle_data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith('&#', i):
                m = charref.match(rawdata, i)
                if m is not None:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    # the character that ended it is kept unless it is ';'
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in rawdata[i:]:
                    # no reference: pass the '&#' on as text
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif c == '&':
                m = entityref.match(rawdata, i)
                if m is not None:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = incomplete.match(rawdata, i)
                if m is not None:
                    # '&' and a letter or '#' that may go on in the next
                    # feed(); at close(), if that is all there is, the '&'
                    # is dropped
                    if end and m.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError('interesting.search() lied')
        if end and i < n and not self.cdata_elem:
            if self.convert_charrefs and not self.cdata_elem:
                self.handle_data(unescape(rawdata[i:n]))
            else:
                self.handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_html_declaration(self, i):
        # '<!': a comment, a marked section, a doctype, or else a bogus
        # comment; the index after it or -1
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<!', 'unexpected call to parse_html_declaration()'
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i + 2:i + 9].lower() == 'doctype':
            gt = rawdata.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # '<!...>' or '</...>' that is nothing else: a comment up to the
        # first '>'
        rawdata = self.rawdata
        assert rawdata[i:i + 2] in ('<!', '</'), 'unexpected call to parse_comment()'
        gt = rawdata.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        # '<?' up to piclose: a processing instruction
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        m = piclose.search(rawdata, i + 2)
        if m is None:
            return -1
        self.handle_pi(rawdata[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        # '<' and a letter: a start tag, or text if something other than
        # '>' or '/>' ends its attributes; the index after it or -1
        self._HTMLParser__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self._HTMLParser__starttag_text = text = rawdata[i:endpos]
        m = tagfind_tolerant.match(rawdata, i + 1)
        assert m, 'unexpected call to parse_starttag()'
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = attrfind_tolerant.match(rawdata, k)
            if m is None:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == '\'' == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        close = rawdata[k:endpos].strip()
        if close != '>' and close != '/>':
            self.handle_data(text)
            return endpos
        if close == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        # where the start tag at rawdata[i] ends, or -1 if the buffer may
        # end inside it
        rawdata = self.rawdata
        m = locatestarttagend_tolerant.match(rawdata, i)
        if not m:
            raise AssertionError('we should not get here!')
        j = m.end()
        c = rawdata[j:j + 1]
        if c == '>':
            return j + 1
        if c == '/':
            if rawdata.startswith('/>', j):
                return j + 2
            # a '/' at the end of the buffer, or before something else
            if rawdata.startswith('/', j):
                return -1
            return j if j > i else i + 1
        if c == '':
            return -1
        if c in _TAG_FOLLOWERS:
            # the buffer ends in or before an attribute value
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        # '</': an end tag, or in script/style text; the index after it or -1
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '</', 'unexpected call to parse_endtag'
        m = endendtag.search(rawdata, i + 1)
        if m is None:
            return -1
        gtpos = m.end()
        m = endtagfind.match(rawdata, i)
        if m is None:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            # '</' and a name: the name closes, whatever follows up to '>'
            # is ignored
            nm = tagfind_tolerant.match(rawdata, i + 2)
            if nm is None:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tag = nm.group(1).lower()
            gtpos = rawdata.find('>', nm.end())
            self.handle_endtag(tag)
            return gtpos + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # Handlers, for subclasses to override.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
