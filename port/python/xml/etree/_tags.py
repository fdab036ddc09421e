"""Start and end tags for the XML scanner (a mixin of _parser.Scanner):
names, attributes with their value normalisation, duplicate checks,
namespace declarations and the resolution of prefixes into '{uri}local'
names. The common start tag takes a fast path that splits it at '"' and
looks the pieces between the values up in caches of validated pieces."""
from xml.etree._chars import XML_NS, XMLNS_NS, NMSTRT, COLON, WS, _Incomplete, newlines


class TagMixin:
    def qname(self, i):
        # End of the QName starting at buf[i] (NCName [':' NCName]); bounds
        # are checked inline because this runs for every name.
        buf = self._buf
        cls = self._cls
        end = self._endpos
        prefixed = False
        while True:
            if i >= end:
                raise _Incomplete
            if cls[buf[i]] != NMSTRT:
                self.fail(4, i)
            i += 1
            while i < end and cls[buf[i]] < COLON:
                i += 1
            if i >= end:
                raise _Incomplete
            if buf[i] != 58:  # no ':' after this part: the name ends here
                return i
            if prefixed:  # a second ':' in one name
                self.fail(4, i)
            prefixed = True
            i += 1

    def _start_tag(self, pos):
        end = self._fast_start_tag(pos)
        return end if end >= 0 else self._slow_start_tag(pos)

    def _fast_start_tag(self, pos):
        """The common start tag, in few operations: split at '"' and look the
        pieces between the values up in caches of pieces already validated.
        Returns -1 (nothing done) for anything unusual: single quotes, a '>'
        in a value, repeated attributes, errors, the end of the data."""
        buf = self._buf
        gt = buf.find(b'>', pos, self._endpos)
        if gt < 0:
            return -1
        tag = buf[pos + 1:gt]
        if b'<' in tag:
            return -1
        parts = tag.split(b'"')
        n = len(parts)
        if not n & 1:
            return -1
        head = self._heads.get(parts[0])
        if head is None:
            head = self._learn_head(parts[0])
            if head is None:
                return -1
        raw, attr, empty = head
        names, values = [], []
        if (n == 1) != (attr is None):
            return -1
        if n > 1:
            norm = b'\n' in tag or b'\t' in tag or b'\r' in tag
            k = 1
            while True:
                if attr in names:
                    return -1
                v = parts[k]
                if b'&' in v:
                    pieces = []
                    self._tagpos = pos
                    self.expand(v, pos + 2 + len(b'"'.join(parts[:k])), pieces, True)
                    value = ''.join(pieces)
                else:
                    if norm and (b'\n' in v or b'\t' in v or b'\r' in v):
                        v = newlines(v).replace(b'\n', b' ').replace(b'\t', b' ')
                    value = v.decode()
                names.append(attr)
                values.append(value)
                k += 1
                seg = parts[k]
                if k == n - 1:
                    empty = self._tail_piece(seg)
                    if empty is None:
                        return -1
                    break
                attr = self._mids.get(seg) or self._between(seg, True)
                if attr is None:
                    return -1
                k += 1
        self._open(raw, names, values, pos)
        if empty:
            self._close_element()
        return gt + 1

    def _name_in(self, seg, i):
        # End of a QName starting at seg[i], or -1 if it is not one.
        cls = self._cls
        n = len(seg)
        for part in (0, 1):
            if i >= n or cls[seg[i]] != NMSTRT:
                return -1
            i += 1
            while i < n and cls[seg[i]] < COLON:
                i += 1
            if i == n or seg[i] != 58:
                return i
            if part:
                return -1
            i += 1
        return i

    def _learn_head(self, seg):
        # 'name' [white space '/'] or 'name' white space 'attr' '=': returns
        # (raw name, first attribute or None, empty element?) or None.
        i = self._name_in(seg, 0)
        if i < 0:
            return None
        rest = seg[i:]
        attr = self._between(rest, False)
        if attr is not None:
            entry = (seg[:i], attr, False)
        else:
            empty = self._tail_piece(rest)
            if empty is None:
                return None
            entry = (seg[:i], None, empty)
        self._heads[seg] = entry
        return entry

    def _between(self, seg, cache):
        # White space, a name, '=' (white space allowed around it): the name.
        cls = self._cls
        n = len(seg)
        i = 0
        while i < n and cls[seg[i]] == WS:
            i += 1
        if i == 0:
            return None
        j = self._name_in(seg, i)
        if j < 0:
            return None
        name = seg[i:j]
        while j < n and cls[seg[j]] == WS:
            j += 1
        if j == n or seg[j] != 61:
            return None
        j += 1
        while j < n and cls[seg[j]] == WS:
            j += 1
        if j != n:
            return None
        if cache:
            self._mids[seg] = name
        return name

    def _tail_piece(self, seg):
        # What follows the last value: white space and maybe '/'. Returns
        # whether the element is empty, or None.
        s = seg.lstrip(b' \t\r\n')
        if s == b'/':
            return True
        return False if not s else None

    def _slow_start_tag(self, pos):
        buf = self._buf
        cls = self._cls
        end = self._endpos
        j = self.qname(pos + 1)
        raw = buf[pos + 1:j]
        names, values = [], []
        while True:
            c = buf[j]
            if c == 62:
                j += 1
                empty = False
                break
            if c == 47:
                if j + 1 >= end:
                    raise _Incomplete
                if buf[j + 1] != 62:
                    self.fail(4, j + 1)
                j += 2
                empty = True
                break
            if cls[c] != WS:
                self.fail(4, j)
            j += 1
            while j < end and cls[buf[j]] == WS:
                j += 1
            if j >= end:
                raise _Incomplete
            c = buf[j]
            if c == 62 or c == 47:
                continue
            j = self._attribute(j, names, values, pos)
            if j >= end:
                raise _Incomplete
        self._open(raw, names, values, pos)
        if empty:
            self._close_element()
        return j

    def _attribute(self, j, names, values, pos):
        buf = self._buf
        cls = self._cls
        end = self._endpos
        # Attribute names repeat: one already validated is found by
        # looking for the '=' instead of scanning it byte by byte.
        k = buf.find(b'=', j, end)
        name = buf[j:k].rstrip() if k > 0 else None
        if name not in self._names:
            k = self.qname(j)
            name = buf[j:k]
            self._names[name] = True
        while k < end and cls[buf[k]] == WS:
            k += 1
        if k >= end:
            raise _Incomplete
        if buf[k] != 61:
            self.fail(4, k)
        k += 1
        while k < end and cls[buf[k]] == WS:
            k += 1
        if k >= end:
            raise _Incomplete
        c = buf[k]
        if c != 34 and c != 39:
            self.fail(4, k)
        q = buf.find(b'"' if c == 34 else b"'", k + 1, end)
        lt = buf.find(b'<', k + 1, end if q < 0 else q)
        if lt >= 0:
            self.fail(4, lt)
        if q < 0:
            raise _Incomplete
        if name in names:
            self.fail(8, j)
        v = buf[k + 1:q]
        if b'&' in v:
            parts = []
            self._tagpos = pos
            self.expand(v, k + 1, parts, True)
            value = ''.join(parts)
        else:
            if b'\n' in v or b'\t' in v or b'\r' in v:
                v = newlines(v).replace(b'\n', b' ').replace(b'\t', b' ')
            value = v.decode()
        names.append(name)
        values.append(value)
        return q + 1

    def _open(self, raw, names, values, pos):
        if self.attlists and raw in self.attlists:
            from xml.etree import _dtd
            _dtd.apply_defaults(self.attlists[raw], names, values)
        saved = None
        if names:
            for n in range(len(names)):
                a = names[n]
                if a[0] == 120 and a[:5] == b'xmlns' and (len(a) == 5 or a[5] == 58):
                    saved = self._declare(names, values, pos)
                    break
        tag = self._tags.get(raw)
        if tag is None:
            tag = self._tags[raw] = self._resolve(raw, pos, True)
        attrib = {}
        if names:
            cache = self._attrs
            for n in range(len(names)):
                a = names[n]
                key = cache.get(a)
                if key is None:
                    key = cache[a] = self._resolve(a, pos, False)
                if key in attrib:
                    self.fail(8, pos)
                attrib[key] = values[n]
        self._stack.append((raw, tag, saved))
        self._state = 1
        self._start(tag, attrib)

    def _resolve(self, raw, pos, element):
        s = raw.decode()
        c = s.find(':')
        if c < 0:
            uri = self._ns.get('') if element else None
            return '{%s}%s' % (uri, s) if uri else s
        uri = self._ns.get(s[:c])
        if not uri:
            self.fail(27, pos)
        return '{%s}%s' % (uri, s[c + 1:])

    def _declare(self, names, values, pos):
        # Move xmlns attributes out of the list into prefix bindings.
        saved = []
        n = 0
        while n < len(names):
            a = names[n]
            if not (a[:5] == b'xmlns' and (len(a) == 5 or a[5] == 58)):
                n += 1
                continue
            prefix, uri = a[6:].decode(), values[n]
            del names[n], values[n]
            if prefix == 'xmlns':
                self.fail(39, pos)
            if prefix == 'xml':
                if uri != XML_NS:
                    self.fail(38, pos)
            elif uri == XML_NS or uri == XMLNS_NS:
                self.fail(40, pos)
            elif prefix and not uri:
                self.fail(28, pos)
            saved.append((prefix, self._ns.get(prefix)))
            self._ns[prefix] = uri
            if self._start_ns is not None:
                self._start_ns(prefix, uri)
        self._tags, self._attrs = {}, {}
        return saved

    def _end_tag(self, pos):
        buf = self._buf
        cls = self._cls
        end = self._endpos
        gt = buf.find(b'>', pos, end)
        if gt > 0 and buf[pos + 2:gt] == self._stack[-1][0]:
            # The usual case: exactly the open element's (validated) name.
            self._close_element()
            return gt + 1
        j = self.qname(pos + 2)
        k = j
        while k < end and cls[buf[k]] == WS:
            k += 1
        if k >= end:
            raise _Incomplete
        if buf[k] != 62:
            self.fail(4, k)
        if buf[pos + 2:j] != self._stack[-1][0]:
            self.fail(7, pos + 2)
        self._close_element()
        return k + 1

    def _close_element(self):
        raw, tag, saved = self._stack.pop()
        self._end(tag)
        if saved:
            for prefix, uri in reversed(saved):
                if uri is None:
                    del self._ns[prefix]
                else:
                    self._ns[prefix] = uri
                if self._end_ns is not None:
                    self._end_ns(prefix)
            self._tags, self._attrs = {}, {}
        if not self._stack:
            self._state = 2
