"""html.parser: HTMLParser, the tolerant event-driven HTML tokenizer of
CPython 3.11.

Covers feed()/close()/reset(), getpos(), get_starttag_text(), the handler
methods (handle_starttag/endtag/startendtag/data/comment/decl/pi,
unknown_decl, and handle_charref/handle_entityref when convert_charrefs is
False), script and style content (CDATA_CONTENT_ELEMENTS) as raw data up to
the matching end tag, '<![CDATA[...]]>' and MS Office '<![if ...]>' marked
sections, and CPython's way with malformed markup: the same events, the same
points at which text at the end of a feed() is held back for more input,
the same AssertionError texts for marked sections it cannot read.

Character references (in text and attribute values) are converted by
html.unescape, with every HTML5 name (see html/__init__.py).
Not provided: CPython's internal methods (goahead, parse_starttag,
check_for_whole_start_tag, parse_comment...) and module-level patterns
(html.parser.starttagopen...); the parsing is ours, in html/_parser_scan.py.
"""
import re
from html import unescape
from html._parser_scan import (ASCII_LETTERS, NEAR, CHARREF, TAG_NAME, SPACE_OR_SEMI,
                               COMMENT_END, SECTION_NAME, SECTION_END, MS_SECTION_END,
                               close_at, end_tag_name, entity_at, reference_end,
                               scan_start_tag)

__all__ = ['HTMLParser']

# The buffer is worked through in slices of about this many characters
# (pywasm finds the n-th character of a long str by walking its UTF-8, so
# positions in a short slice are cheap to reach); a slice that ends inside
# something is taken again, wider, before anything is decided.
_WINDOW = 4096

# Text that ends in '&' followed by this many characters or fewer (and no
# white space or ';') may be a character reference cut by the feed().
_REF_TAIL = 34


class HTMLParser:
    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self._cdata_close = None
        self._starttag_text = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        if not isinstance(data, str):
            raise TypeError('can only concatenate str (not "%s") to str' % type(data).__name__)
        self.rawdata = self.rawdata + data
        self._run(False)

    def close(self):
        self._run(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_close = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self._cdata_close = None

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

    def updatepos(self, i, j):
        return self._advance(self.rawdata, i, j)

    def _advance(self, buf, i, j):
        # move the reported position from buf[i] to buf[j]
        if i >= j:
            return j
        nl = buf.count('\n', i, j)
        if nl:
            self.lineno += nl
            self.offset = j - buf.rfind('\n', i, j) - 1
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        # text outside a tag; references are converted unless in script/style
        if self.convert_charrefs and self.cdata_elem is None:
            text = unescape(text)
        self.handle_data(text)

    def _run(self, final):
        # Parse what the buffer holds; at close() (final) nothing is kept.
        # buf is raw[base:base + n]; at_end: it reaches the end of raw. When
        # something runs past a buf that is not at the end, `more` takes it
        # again from the same point in a wider one.
        raw = self.rawdata
        total = len(raw)
        base = 0
        buf = raw[:_WINDOW] if total > _WINDOW else raw
        n = len(buf)
        at_end = n == total
        i = 0
        lt = amp = -1
        more = False
        while True:
            if i >= n or more or i >= _WINDOW:
                if i >= n and at_end:
                    break
                size = max(_WINDOW, 2 * (n - i)) if more else _WINDOW
                base += i
                buf = raw[base:base + size]
                n = len(buf)
                at_end = base + n == total
                i = 0
                lt = amp = -1
                more = False
            if self.cdata_elem is not None:
                m = close_at(self._cdata_close, '</', buf, i)
                if m is None:
                    if at_end:
                        break
                    more = True
                    continue
                j = m[0]
            elif self.convert_charrefs:
                j = buf.find('<', i)
                if j < 0:
                    if not at_end:
                        more = True
                        continue
                    tail = buf.rfind('&', max(i, n - _REF_TAIL))
                    if tail >= 0 and SPACE_OR_SEMI.search(buf[tail:]) is None:
                        break
                    j = n
            else:
                # the next '<' or '&' (each remembered until passed)
                if lt < i:
                    lt = buf.find('<', i)
                    if lt < 0:
                        lt = n
                if amp < i:
                    amp = buf.find('&', i)
                    if amp < 0:
                        amp = n
                j = min(lt, amp)
                if j == n and not at_end:
                    more = True
                    continue
            if i < j:
                self._text(buf[i:j])
                i = self._advance(buf, i, j)
                if i == n:
                    continue
            if buf[i] == '<':
                k = self._markup(buf, i, at_end)
                if k < 0:
                    if not at_end:
                        more = True
                        continue
                    if not final:
                        break
                    k = self._unfinished(buf, i)
                i = self._advance(buf, i, k)
            else:
                r = self._reference(buf, i, at_end, final)
                if r is None:
                    if at_end:
                        break
                    more = True
                    continue
                i = self._advance(buf, i, r[0])
                if not r[1]:
                    break
        i += base
        if final and i < total and self.cdata_elem is None:
            self._text(raw[i:])
            i = self._advance(raw, i, total)
        self.rawdata = raw[i:]

    def _unfinished(self, buf, i):
        # at close(): markup that never ended is text up to its '>', or the
        # next '<', or just the '<'
        k = buf.find('>', i + 1)
        if k < 0:
            k = buf.find('<', i + 1)
            if k < 0:
                k = i + 1
        else:
            k += 1
        self._text(buf[i:k])
        return k

    def _markup(self, buf, i, at_end):
        # buf[i] is '<': handle what it opens and return the index after it,
        # or -1 when buf ends first
        c = buf[i + 1:i + 2]
        if c == '':
            return -1
        if c in ASCII_LETTERS:
            return self._start_tag(buf, i, at_end)
        if c == '/':
            return self._end_tag(buf, i)
        if c == '?':
            k = buf.find('>', i + 2)
            if k < 0:
                return -1
            self.handle_pi(buf[i + 2:k])
            return k + 1
        if c == '!':
            return self._declaration(buf, i, at_end)
        self.handle_data('<')
        return i + 1

    def _reference(self, buf, i, at_end, final):
        # buf[i] is '&' and charrefs are not converted: report a reference,
        # or '&' as data. Returns (where to go on, whether to keep going), or
        # None when buf ends too soon to tell.
        n = len(buf)
        if buf.startswith('&#', i):
            near = buf[i:i + NEAR]
            m = CHARREF.match(near)
            if m is None and len(near) < n - i:
                m = CHARREF.match(buf[i:])
            if m is not None:
                self.handle_charref(m.group(1))
                return reference_end(buf, i + m.end()), True
            # no reference: this feed() stops here, after a '&#' if a ';'
            # comes later
            if not at_end or buf.find(';', i) < 0:
                return None
            self.handle_data('&#')
            return i + 2, False
        m = entity_at(buf, i, at_end)
        if m is None:
            return None
        if m:
            self.handle_entityref(m.group(1))
            return reference_end(buf, i + m.end()), True
        c = buf[i + 1:i + 2]
        if c != '' and c in ASCII_LETTERS:
            # '&name' that may go on in the next feed(); at close(), a lone
            # '&' and letter lose the '&'
            if at_end and final and i + 2 == n:
                return i + 1, False
            return None
        if i + 1 < n:
            self.handle_data('&')
            return i + 1, True
        return None

    def _start_tag(self, buf, i, at_end):
        self._starttag_text = None
        r = scan_start_tag(buf, i, at_end)
        if r is None:
            return -1
        end, close, text, tag, attrs = r
        self._starttag_text = text
        self.lasttag = tag
        if close == '':
            # something else stops the attributes: the tag is text
            self.handle_data(text)
        elif close == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def _end_tag(self, buf, i):
        gt = buf.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        tag = end_tag_name(buf[i:gt])
        if not tag:
            if self.cdata_elem is not None:
                self.handle_data(buf[i:gt])
                return gt
            # '</' and a name: the name closes, whatever follows up to '>'
            # is ignored
            m = TAG_NAME.match(buf[i + 2:gt])
            if m is None:
                if buf.startswith('</>', i):
                    return i + 3
                return self._bogus_comment(buf, i)
            self.handle_endtag(m.group(1).lower())
            return gt
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(buf[i:gt])
            return gt
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return gt

    def _bogus_comment(self, buf, i):
        # '<!...>' or '</...>' that is no tag: a comment up to the first '>'
        k = buf.find('>', i + 2)
        if k < 0:
            return -1
        self.handle_comment(buf[i + 2:k])
        return k + 1

    def _declaration(self, buf, i, at_end):
        if buf.startswith('<!--', i):
            m = close_at(COMMENT_END, '--', buf, i + 4)
            if m is None:
                return -1
            self.handle_comment(buf[i + 4:m[0]])
            return m[1]
        if buf.startswith('<![', i):
            return self._marked_section(buf, i, at_end)
        if buf[i + 2:i + 9].lower() == 'doctype':
            k = buf.find('>', i + 9)
            if k < 0:
                return -1
            self.handle_decl(buf[i + 2:k])
            return k + 1
        return self._bogus_comment(buf, i)

    def _marked_section(self, buf, i, at_end):
        # '<![CDATA[...]]>' and its kin end at ']]>', MS Office's
        # '<![if ...]>' at ']>'; unknown_decl gets what is in between
        n = len(buf)
        if i + 3 == n:
            return -1
        w = buf[i + 3:i + 3 + NEAR]
        m = SECTION_NAME.match(w)
        if m is None:
            if i + 20 > n and not at_end:
                return -1
            self._advance(buf, i, i + 3)
            raise AssertionError('expected name token at %r' % buf[i:i + 20])
        if m.end() == len(w) and i + 3 + len(w) < n:
            w = buf[i + 3:]
            m = SECTION_NAME.match(w)
        if i + 3 + m.end() == n:
            return -1
        name = m.group(1).lower()
        if name in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            close = SECTION_END
        elif name in ('if', 'else', 'endif'):
            close = MS_SECTION_END
        else:
            raise AssertionError('unknown status keyword %r in marked section' % w[:m.end()])
        e = close_at(close, ']', buf, i + 3)
        if e is None:
            return -1
        self.unknown_decl(buf[i + 3:e[0]])
        return e[1]
