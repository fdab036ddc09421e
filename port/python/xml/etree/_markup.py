"""Comments, CDATA sections, processing instructions, the XML declaration
and the DOCTYPE dispatch for the XML scanner (a mixin of _parser.Scanner)."""
from xml.etree._chars import classes, NMSTRT, COLON, WS, _Incomplete, newlines


class MarkupMixin:
    def _bang(self, pos):
        buf = self._buf
        self.need(pos + 2)
        c = buf[pos + 2]
        if c == 45:
            self.need(pos + 3)
            if buf[pos + 3] != 45:
                self.fail(4, pos + 3)
            return self._comment_at(pos)
        state = self._state
        if state == 2:
            self.fail(9, pos)
        if state == 1:
            for k in range(2, 9):
                self.need(pos + k)
                if buf[pos + k] != b'<![CDATA['[k]:
                    self.fail(4, pos + k)
            return self._cdata(pos)
        if c == 91:
            self.fail(2, pos)
        cls = classes()
        j = pos + 2
        while True:
            self.need(j)
            if cls[buf[j]] > COLON:
                break
            j += 1
        if j == pos + 2 or cls[buf[j]] != WS:
            self.fail(4, j)
        if buf[pos + 2:j] != b'DOCTYPE' or self.doctype_seen:
            self.fail(2, pos)
        from xml.etree import _dtd
        try:
            end = _dtd.doctype(self, pos)
        except _Incomplete as e:
            # expat reads an unfinished DOCTYPE as a missing document element
            # (unless a token in it is unfinished).
            raise _Incomplete(*(e.args or (3, self._endpos)))
        self.doctype_seen = True
        return end

    def _comment_at(self, pos):
        buf = self._buf
        k = buf.find(b'--', pos + 4, self._endpos)
        if k < 0:
            raise _Incomplete
        self.need(k + 2)
        if buf[k + 2] != 62:
            self.fail(4, k + 2)
        if self._comment is not None:
            self._comment(newlines(buf[pos + 4:k]).decode())
        return k + 3

    def _cdata(self, pos):
        buf = self._buf
        k = buf.find(b']]>', pos + 9, self._endpos)
        if k < 0:
            raise _Incomplete(20, self._endpos)
        if k > pos + 9:
            text = newlines(buf[pos + 9:k]).decode()
            if self._split:
                self._deliver([text])
            else:
                self._data(text)
        return k + 3

    def _pi_or_decl(self, pos):
        buf = self._buf
        cls = classes()
        j = pos + 2
        self.need(j)
        if cls[buf[j]] != NMSTRT:
            self.fail(4, j)
        while True:
            self.need(j)
            if cls[buf[j]] > COLON:
                break
            j += 1
        target = buf[pos + 2:j]
        if target.lower() == b'xml':
            if self._state == 2:
                self.fail(9, pos)
            if target != b'xml':
                self.fail(4, j)
            if pos or not self._fresh:
                self.fail(17, pos)
            return self._xml_decl(pos, j)
        c = buf[j]
        if c == 63:
            self.need(j + 1)
            if buf[j + 1] != 62:
                self.fail(4, j + 1)
            data, k = b'', j
        elif cls[c] == WS:
            while True:
                self.need(j)
                if cls[buf[j]] != WS:
                    break
                j += 1
            k = buf.find(b'?>', j, self._endpos)
            if k < 0:
                raise _Incomplete
            data = buf[j:k]
        else:
            self.fail(4, j)
        if self._pi is not None:
            self._pi(target.decode(), newlines(data).decode())
        return k + 2

    def _xml_decl(self, pos, j):
        # <?xml version="..." [encoding="..."] [standalone="yes|no"] ?>,
        # checked in expat's order: the syntax of each pseudo-attribute
        # (value characters [A-Za-z0-9._-]), then its name, then its value.
        buf = self._buf
        k = buf.find(b'?>', j, self._endpos)
        if k < 0:
            raise _Incomplete
        cls = classes()
        c = buf[j]
        if cls[c] != WS and c != 63 or c == 63 and k != j:
            self.fail(4, j if c != 63 else j + 1)
        names = (b'version', b'encoding', b'standalone')
        want = 0
        i = j
        while True:
            s = i
            while i < k and cls[buf[i]] == WS:
                i += 1
            if i == k:
                break
            if i == s:
                self.fail(30, i)
            n = i
            while i < k and buf[i] != 61 and cls[buf[i]] != WS:
                i += 1
            name = buf[n:i]
            while i < k and cls[buf[i]] == WS:
                i += 1
            if i == k or buf[i] != 61:
                self.fail(30, i)
            i += 1
            while i < k and cls[buf[i]] == WS:
                i += 1
            if i == k or buf[i] not in (34, 39):
                self.fail(30, i)
            quote = buf[i]
            i += 1
            v = i
            while i < k and buf[i] != quote:
                c = buf[i]
                if not (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c in b'._-'):
                    self.fail(30, i)
                i += 1
            if i == k:
                self.fail(30, k)
            if name not in names[want:] or (want == 0 and name != b'version'):
                self.fail(30, n)
            want = names.index(name) + 1
            value = buf[v:i]
            if name == b'encoding' and not (value and (65 <= value[0] <= 90 or 97 <= value[0] <= 122)):
                self.fail(30, v)
            if name == b'standalone' and value not in (b'yes', b'no'):
                self.fail(30, v)
            i += 1
        if not want:
            self.fail(30, j)
        return k + 2
