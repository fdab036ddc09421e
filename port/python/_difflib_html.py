"""difflib.HtmlDiff: side-by-side HTML tables of two lists of lines, with
intraline change marks, optional context (numlines around each change) and
line wrapping, formatted exactly as CPython 3.11 does.  Loaded by difflib on
first use of difflib.HtmlDiff."""

from difflib import ndiff, IS_CHARACTER_JUNK, _WS

# Inside cell text a change is written '\0' + kind ('+', '-' or '^') ... '\1';
# the marks survive HTML escaping and become <span>s at the very end.
_SPANS = (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
          ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;'))

_BLANK = ('', '\n')     # the cell facing a line that has no counterpart
_FILLER = ('', ' ')     # the cell facing the wrapped part of a long line

_PAGE_HEAD = ('\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
              '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n\n<html>\n\n<head>\n'
              '    <meta http-equiv="Content-Type"\n          content="text/html; charset=')
_PAGE_STYLE = '" />\n    <title></title>\n    <style type="text/css">'
_PAGE_BODY = '\n    </style>\n</head>\n\n<body>\n    '
_PAGE_TAIL = '\n</body>\n\n</html>'

_LEGEND = ('\n    <table class="diff" summary="Legends">\n'
           '        <tr> <th colspan="2"> Legends </th> </tr>\n'
           '        <tr> <td> <table border="" summary="Colors">\n'
           '                      <tr><th> Colors </th> </tr>\n'
           '                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>\n'
           '                      <tr><td class="diff_chg">Changed</td> </tr>\n'
           '                      <tr><td class="diff_sub">Deleted</td> </tr>\n'
           '                  </table></td>\n'
           '             <td> <table border="" summary="Links">\n'
           '                      <tr><th colspan="2"> Links </th> </tr>\n'
           '                      <tr><td>(f)irst change</td> </tr>\n'
           '                      <tr><td>(n)ext change</td> </tr>\n'
           '                      <tr><td>(t)op</td> </tr>\n'
           '                  </table></td> </tr>\n'
           '    </table>')

_TABLE_HEAD = ('\n    <table class="diff" id="difflib_chg_%s_top"\n'
               '           cellspacing="0" cellpadding="0" rules="groups" >\n'
               '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
               '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
               '        %s\n        <tbody>\n')
_TABLE_TAIL = '        </tbody>\n    </table>'
_TITLES = ('<thead><tr><th class="diff_next"><br /></th><th colspan="2" class="diff_header">%s</th>'
           '<th class="diff_next"><br /></th><th colspan="2" class="diff_header">%s</th></tr></thead>')
_ROW = '            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">%s</td>%s</tr>\n'
_BREAK = '        </tbody>        \n        <tbody>\n'

# What the line after a '-' or '+' line in ndiff's output says about how it is
# shown.  Checked in order against the kinds (first characters) of the next
# four ndiff lines, 'X' past the end:
#   both4/both3o/both3n: a changed pair with '?' guides (on both sides, on the
#       new side only, on the old side only);
#   old/new: a whole removed/added line, the columns may drift apart;
#   old!/new!: the same, but the run of removals/additions ends here, so blank
#       cells first bring both columns to the same length.
_RULES = (('-?+?', 'both4'), ('--++', 'old'), ('--?+', 'old!'), ('--+', 'old!'), ('- ', 'old!'),
          ('-+?', 'both3n'), ('-?+', 'both3o'), ('-', 'old'), ('+--', 'new'), ('+ ', 'new!'),
          ('+-', 'new!'), ('+', 'new'), (' ', 'same'))


def _guided(line, guide):
    # Wrap each run of '+', '-' or '^' in the guide around the characters above it.
    out, done, k, n = [], 0, 0, len(guide)
    while k < n:
        kind = guide[k]
        if kind not in '+-^':
            k += 1
            continue
        end = k
        while end < n and guide[end] == kind:
            end += 1
        out.append(line[done:k])
        out.append('\0' + kind + line[k:end] + '\1')
        done = k = end
    out.append(line[done:])
    return ''.join(out)[2:]


def _pair_up(old, new, linejunk, charjunk):
    # Rows (old cell, new cell, changed) from ndiff's output; a cell is
    # (line number or '', marked text).
    delta = list(ndiff(old, new, linejunk, charjunk))
    total = len(delta)
    counters = [0, 0]
    columns = ([], [])      # (cell, changed) per side; rows pair them in order

    def cell(side, text):
        counters[side] += 1
        return (counters[side], text)

    def whole(side, line):
        columns[side].append((cell(side, '\0' + line[0] + (line[2:] or ' ') + '\1'), True))

    def even_up(drift):
        # drift > 0: the new column is ahead; pad the old one (and vice versa).
        side = 0 if drift > 0 else 1
        for _ in range(abs(drift)):
            columns[side].append((_BLANK, True))

    pos, drift = 0, 0
    while True:
        kinds = ''.join(delta[k][0] if k < total else 'X' for k in range(pos, pos + 4))
        if kinds[0] == 'X':
            even_up(drift)
            break
        action = None
        for start, name in _RULES:
            if kinds.startswith(start):
                action = name
                break
        if action == 'same':
            text = delta[pos][2:]
            columns[0].append((cell(0, text), False))
            columns[1].append((cell(1, text), False))
            pos += 1
        elif action == 'both4':
            columns[0].append((cell(0, _guided(delta[pos], delta[pos + 1])), True))
            columns[1].append((cell(1, _guided(delta[pos + 2], delta[pos + 3])), True))
            pos += 4
        elif action == 'both3n':
            columns[0].append((cell(0, delta[pos][2:]), True))
            columns[1].append((cell(1, _guided(delta[pos + 1], delta[pos + 2])), True))
            pos += 3
        elif action == 'both3o':
            columns[0].append((cell(0, _guided(delta[pos], delta[pos + 1])), True))
            columns[1].append((cell(1, delta[pos + 2][2:]), True))
            pos += 3
        else:
            side = 0 if action[:3] == 'old' else 1
            step = -1 if side == 0 else 1
            if action[-1] == '!':
                even_up(drift + step)
                drift = 0
            else:
                drift += step
            whole(side, delta[pos])
            pos += 1
    rows = []
    for k in range(min(len(columns[0]), len(columns[1]))):
        (left, lflag), (right, rflag) = columns[0][k], columns[1][k]
        rows.append((left, right, lflag or rflag))
    return rows


def _near_changes(rows, numlines):
    # Changed rows with numlines rows of context on each side; None stands for
    # a gap (also written before the first piece when it skips rows).
    keep = numlines + 1
    out, k, n = [], 0, len(rows)
    while True:
        start = k
        while k < n and not rows[k][2]:
            k += 1
        if k == n:
            return out
        if k - start + 1 > keep:
            out.append(None)
            start = k + 1 - keep
        out.extend(rows[start:k + 1])
        k += 1
        left = numlines
        while left and k < n:
            row = rows[k]
            out.append(row)
            k += 1
            left = numlines if row[2] else left - 1


def _cut_point(text, limit):
    # Index just after the limit-th visible character, and the change mark
    # still open there ('' if none).
    mark, shown, kind_next = '', 0, False
    for k in range(len(text)):
        if shown == limit:
            return k, mark
        ch = text[k]
        if kind_next:
            mark, kind_next = ch, False
        elif ch == '\0':
            kind_next = True
        elif ch == '\1':
            mark = ''
        else:
            shown += 1
    return len(text), mark


_ESCAPES = (('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;'), (' ', '&nbsp;'))


def _cell_html(prefix, cell):
    num, text = cell
    anchor = ' id="%s%d"' % (prefix, num) if isinstance(num, int) else ''
    for plain, entity in _ESCAPES:
        text = text.replace(plain, entity)
    text = text.rstrip(_WS)
    return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (anchor, num, text)


class HtmlDiff:
    _styles = ('\n        table.diff {font-family:Courier; border:medium;}\n'
               '        .diff_header {background-color:#e0e0e0}\n'
               '        td.diff_header {text-align:right}\n'
               '        .diff_next {background-color:#c0c0c0}\n'
               '        .diff_add {background-color:#aaffaa}\n'
               '        .diff_chg {background-color:#ffff77}\n'
               '        .diff_sub {background-color:#ffaaaa}')

    # Tables are numbered across all instances so anchors stay unique in a page.
    _tables_made = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5, *,
                  charset='utf-8'):
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context, numlines=numlines)
        page = (_PAGE_HEAD + charset + _PAGE_STYLE + self._styles + _PAGE_BODY + table + _LEGEND
                + _PAGE_TAIL)
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        serial = HtmlDiff._tables_made
        HtmlDiff._tables_made = serial + 1
        rows = _pair_up([self._detab(x) for x in fromlines], [self._detab(x) for x in tolines],
                        self._linejunk, self._charjunk)
        if context:
            rows = _near_changes(rows, numlines)
        if self._wrapcolumn:
            rows = self._wrap_rows(rows)
        titles = _TITLES % (fromdesc, todesc) if fromdesc or todesc else ''
        html = (_TABLE_HEAD % ('to%d_' % serial, titles) + self._body(rows, serial, context, numlines)
                + _TABLE_TAIL)
        for mark, tag in _SPANS:
            html = html.replace(mark, tag)
        return html

    def _detab(self, line):
        # Expand tabs, writing their padding as '\t' (shown as &nbsp; once the
        # table is built); '\0' becomes a space and the newline goes.
        size = self._tabsize
        out, col = [], 0
        for ch in line:
            if ch == '\t':
                pad = size - col % size if size > 0 else 0
                out.append('\t' * pad)
                col += pad
                continue
            out.append(' ' if ch == '\0' else ch)
            col = 0 if ch in '\r\n' else col + 1
        return ''.join(out).rstrip('\n')

    def _wrap_rows(self, rows):
        out = []
        for row in rows:
            if row is None:
                out.append(row)
                continue
            left, right = self._wrap_cell(row[0]), self._wrap_cell(row[1])
            for k in range(max(len(left), len(right))):
                out.append((left[k] if k < len(left) else _FILLER, right[k] if k < len(right) else _FILLER,
                            row[2]))
        return out

    def _wrap_cell(self, cell):
        # Pieces of at most wrapcolumn visible characters; continuation pieces are
        # numbered '>' and a change mark open at a cut is closed and reopened.
        num, text = cell
        limit = self._wrapcolumn
        pieces = []
        while num and len(text) > limit and len(text) - 3 * text.count('\0') > limit:
            cut, mark = _cut_point(text, limit)
            head, text = text[:cut], text[cut:]
            if mark:
                head += '\1'
                text = '\0' + mark + text
            pieces.append((num, head))
            num = '>'
        pieces.append((num, text))
        return pieces

    def _body(self, rows, serial, context, numlines):
        toprefix = 'to%d_' % serial
        link = '<a href="#difflib_chg_%s_%%s">%%s</a>' % toprefix
        if not rows:
            words = 'No Differences Found' if context else 'Empty File'
            both = '<td></td><td>&nbsp;%s&nbsp;</td>' % words
            return _ROW % ('', link % ('top', 't'), both, link % ('top', 't'), both)
        # An anchor numlines rows before each change is the target of the 'n'
        # link on the previous change; 'f' on the first row, 't' on the last change.
        anchors, links = {}, {}
        changes, last, inside = 0, 0, False
        for k in range(len(rows)):
            changed = rows[k] is not None and rows[k][2]
            if changed and not inside:
                last = k
                anchors[max(0, k - numlines)] = changes
                changes += 1
                links[k] = link % (changes, 'n')
            inside = changed
        if rows[0] is None or not rows[0][2]:
            links[0] = link % (0, 'f')
        links[last] = link % ('top', 't')
        out = []
        fromprefix = 'from%d_' % serial
        for k in range(len(rows)):
            row = rows[k]
            if row is None:
                if k:
                    out.append(_BREAK)
                continue
            anchor = ' id="difflib_chg_%s_%d"' % (toprefix, anchors[k]) if k in anchors else ''
            href = links.get(k, '')
            out.append(_ROW % (anchor, href, _cell_html(fromprefix, row[0]), href, _cell_html(toprefix, row[1])))
        return ''.join(out)
