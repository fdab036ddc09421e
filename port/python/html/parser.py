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
import _markupbase
import re

from html import unescape

__all__ = ['HTMLParser']

# The patterns below are module globals on purpose: subclassing libraries
# replace some of them, and every use looks them up again.

# The start of a tag, of an end tag's '>' and of a processing instruction's end.
starttagopen = re.compile('<[a-zA-Z]')
endendtag = re.compile('>')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')

# What goahead() stops at in ordinary text (with convert_charrefs off).
interesting_normal = re.compile('[&<]')
# A reference must be followed by a character that cannot continue it (';'
# or another), so one at the very end of the buffer waits for more input.
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
# '&' and what could begin a reference that the buffer cuts off
incomplete = re.compile('&[a-zA-Z#]')

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
# a well-formed end tag: '</', a name, '>' (white space allowed around the
# name)
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

_space_or_semi = re.compile(r'[\s;]')
# Characters that, right after a start tag's attributes, mean the buffer
# probably ends inside the tag.
_TAG_FOLLOWERS = 'abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ'
# A named reference is at most 32 characters; text whose last '&' is
# closer than this to the end may still grow into one.
_REF_LOOKBACK = 34

# Markup after '<' other than a start tag, tried in this order ('<!--'
# before '<!'); the parse methods are found by name so overrides apply.
_OPENERS = (('</', 'parse_endtag'), ('<!--', 'parse_comment'),
            ('<?', 'parse_pi'), ('<!', 'parse_html_declaration'))


class HTMLParser(_markupbase.ParserBase):
    # feed() text in pieces of any size, then close().  Tags, text, comments,
    # declarations and processing instructions come out through the handle_*
    # methods, which subclasses override.  With convert_charrefs (the
    # default) references in text are decoded; otherwise they are reported
    # through handle_charref() and handle_entityref().

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    # CPython's __starttag_text, spelt mangled: code outside the class reads
    # it so, and the same name comes out whether this module is compiled by
    # mpy-cross (which does not mangle) or by the interpreter (which does).
    _HTMLParser__starttag_text = None

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        # drops whatever unparsed input is buffered
        _markupbase.ParserBase.reset(self)
        self.rawdata = ''
        self.cdata_elem = None
        self.interesting = interesting_normal
        self.lasttag = '???'

    def feed(self, data):
        if not isinstance(data, str):
            raise TypeError('can only concatenate str (not "%s") to str' % type(data).__name__)
        self.rawdata += data
        self.goahead(0)

    def close(self):
        # the buffered rest is handled as if the document ended there
        self.goahead(1)

    def get_starttag_text(self):
        return self._HTMLParser__starttag_text

    def set_cdata_mode(self, elem):
        name = elem.lower()
        self.cdata_elem = name
        # inside script/style only the matching end tag is markup
        self.interesting = re.compile('</\\s*' + name + '\\s*>', re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self.interesting = interesting_normal

    # -- the tokenizer loop

    def _converting(self):
        return self.convert_charrefs and not self.cdata_elem

    def _emit_text(self, text):
        self.handle_data(unescape(text) if self._converting() else text)

    def _text_stop(self, data, pos):
        # Where the text starting at data[pos] ends, or None when the rest
        # must wait for more input.
        if self._converting():
            lt = data.find('<', pos)
            if lt >= 0:
                return lt
            size = len(data)
            amp = data.rfind('&', max(pos, size - _REF_LOOKBACK))
            if amp >= 0 and _space_or_semi.search(data, amp) is None:
                return None
            return size
        found = self.interesting.search(data, pos)
        if found is not None:
            return found.start()
        if self.cdata_elem:
            # script/style text runs on until its end tag arrives
            return None
        return len(data)

    def _open_markup(self, data, pos):
        # Parse the markup at data[pos] == '<': the index after it, -1 if it
        # is cut off by the end of the buffer, None if '<' starts nothing.
        if starttagopen.match(data, pos):
            return self.parse_starttag(pos)
        for prefix, method in _OPENERS:
            if data.startswith(prefix, pos):
                return getattr(self, method)(pos)
        return None

    def _markup_step(self, data, pos, end):
        # -> (new position, whether to carry on)
        after = self._open_markup(data, pos)
        if after is None:
            # a stray '<' is text, but as the last character it may yet
            # begin a tag
            if pos + 1 >= len(data):
                return pos, False
            self.handle_data('<')
            after = pos + 1
        elif after < 0:
            if not end:
                return pos, False
            # at close(): the unfinished markup is text, up to its '>', or
            # else to the next '<', or else just the '<'
            gt = data.find('>', pos + 1)
            if gt >= 0:
                after = gt + 1
            else:
                after = data.find('<', pos + 1)
                if after < 0:
                    after = pos + 1
            self._emit_text(data[pos:after])
        return self.updatepos(pos, after), True

    def _reference_step(self, data, pos, end):
        # A reference in text (convert_charrefs off) -> (new position,
        # whether to carry on).
        numeric = data.startswith('&#', pos)
        found = (charref if numeric else entityref).match(data, pos)
        if found is not None:
            if numeric:
                self.handle_charref(found.group()[2:-1])
            else:
                self.handle_entityref(found.group(1))
            after = found.end()
            # the character that ended the reference is text unless a ';'
            if data[after - 1] != ';':
                after -= 1
            return self.updatepos(pos, after), True
        if numeric:
            # '&#' without digits becomes text once a ';' shows up after it
            if data.find(';', pos) >= 0:
                self.handle_data(data[pos:pos + 2])
                pos = self.updatepos(pos, pos + 2)
            return pos, False
        partial = incomplete.match(data, pos)
        if partial is not None:
            # may continue in the next feed(); at close(), when nothing else
            # follows, the '&' is passed over
            if end and partial.end() == len(data):
                pos = self.updatepos(pos, pos + 1)
            return pos, False
        if pos + 1 < len(data):
            self.handle_data('&')
            return self.updatepos(pos, pos + 1), True
        return pos, False

    def goahead(self, end):
        # Handle as much of rawdata as can be told apart; keep the rest for
        # the next feed().  With end true (close()) nothing is kept.
        data = self.rawdata
        pos = 0
        size = len(data)
        going = True
        while going and pos < size:
            stop = self._text_stop(data, pos)
            if stop is None:
                break
            if stop > pos:
                self._emit_text(data[pos:stop])
            pos = self.updatepos(pos, stop)
            if pos == size:
                break
            lead = data[pos]
            if lead == '<':
                pos, going = self._markup_step(data, pos, end)
            elif lead == '&':
                pos, going = self._reference_step(data, pos, end)
            else:
                raise AssertionError('interesting.search() lied')
        if end and pos < size and not self.cdata_elem:
            self._emit_text(data[pos:])
            pos = self.updatepos(pos, size)
        self.rawdata = data[pos:]

    # -- the readers of each kind of markup: each returns the index just
    # past what it read, or -1 when the buffer ends first

    def parse_html_declaration(self, i):
        # '<!': a comment, a marked section, a doctype, or else a bogus
        # comment
        data = self.rawdata
        assert data[i:i + 2] == '<!', 'unexpected call to parse_html_declaration()'
        if data.startswith('<!--', i):
            return self.parse_comment(i)
        if data.startswith('<![', i):
            return self.parse_marked_section(i)
        if data[i + 2:i + 9].lower() != 'doctype':
            return self.parse_bogus_comment(i)
        gt = data.find('>', i + 9)
        if gt >= 0:
            self.handle_decl(data[i + 2:gt])
            return gt + 1
        return -1

    def parse_bogus_comment(self, i, report=1):
        # '<!...>' or '</...>' that is nothing else: a comment up to the
        # first '>'
        data = self.rawdata
        assert data[i:i + 2] in ('<!', '</'), 'unexpected call to parse_comment()'
        gt = data.find('>', i + 2)
        if gt >= 0 and report:
            self.handle_comment(data[i + 2:gt])
        return gt + 1 if gt >= 0 else -1

    def parse_pi(self, i):
        # '<?' up to piclose: a processing instruction
        data = self.rawdata
        assert data[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        close = piclose.search(data, i + 2)
        if close is None:
            return -1
        self.handle_pi(data[i + 2:close.start()])
        return close.end()

    def _attributes(self, data, pos, stop):
        # (name, value) pairs from data[pos:stop] and where reading ended
        pairs = []
        while pos < stop:
            found = attrfind_tolerant.match(data, pos)
            if found is None:
                break
            name, assign, value = found.group(1, 2, 3)
            if not assign:
                value = None
            else:
                quote = value[:1]
                # (a lone quote is both the opening and the closing one)
                if quote in ('"', "'") and value[-1:] == quote:
                    value = value[1:-1]
                if value:
                    value = unescape(value)
            pairs.append((name.lower(), value))
            pos = found.end()
        return pairs, pos

    def parse_starttag(self, i):
        # '<' and a letter: a start tag, or text if something other than
        # '>' or '/>' ends its attributes
        self._HTMLParser__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        data = self.rawdata
        text = data[i:endpos]
        self._HTMLParser__starttag_text = text
        named = tagfind_tolerant.match(data, i + 1)
        assert named, 'unexpected call to parse_starttag()'
        tag = named.group(1).lower()
        self.lasttag = tag
        attrs, pos = self._attributes(data, named.end(), endpos)
        ending = data[pos:endpos].strip()
        if ending == '/>':
            self.handle_startendtag(tag, attrs)
        elif ending == '>':
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            # junk after the attributes: the whole tag is passed on as text
            self.handle_data(text)
        return endpos

    def check_for_whole_start_tag(self, i):
        # where the start tag at rawdata[i] ends, or -1 if the buffer may
        # end inside it
        data = self.rawdata
        found = locatestarttagend_tolerant.match(data, i)
        if not found:
            raise AssertionError('we should not get here!')
        j = found.end()
        nxt = data[j:j + 1]
        if nxt == '>':
            return j + 1
        if nxt == '/':
            # '/>' closes; any other '/' here can only be the buffer's end
            return j + 2 if data.startswith('/>', j) else -1
        if nxt == '' or nxt in _TAG_FOLLOWERS:
            # the buffer ends in the tag or before an attribute value
            return -1
        # anything else is bogus input: stop after what was read
        return max(j, i + 1)

    def parse_endtag(self, i):
        # '</': an end tag, or in script/style text
        data = self.rawdata
        assert data[i:i + 2] == '</', 'unexpected call to parse_endtag'
        gt = endendtag.search(data, i + 1)
        if gt is None:
            return -1
        after = gt.end()
        proper = endtagfind.match(data, i)
        if proper is not None:
            name = proper.group(1).lower()
            if self.cdata_elem is not None and name != self.cdata_elem:
                # some other end tag inside script/style: text
                self.handle_data(data[i:after])
                return after
            self.handle_endtag(name)
            self.clear_cdata_mode()
            return after
        if self.cdata_elem is not None:
            self.handle_data(data[i:after])
            return after
        # '</' and a name: the name closes, whatever follows up to '>' is
        # ignored
        named = tagfind_tolerant.match(data, i + 2)
        if named is None:
            if data.startswith('</>', i):
                return i + 3
            return self.parse_bogus_comment(i)
        self.handle_endtag(named.group(1).lower())
        return data.find('>', named.end()) + 1

    # -- handlers, for subclasses to override; a tag written '<x/>' counts as
    # a start tag followed by its end tag unless handle_startendtag is
    # overridden

    def handle_data(self, data):
        pass

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_pi(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def unknown_decl(self, data):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass
