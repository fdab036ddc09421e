# html.parser: turning HTML tables into rows of cell text, as report
# scripts do: th/td cells with nested markup, entities, <br>, whitespace,
# implied end tags (a new <tr>/<td> closes the open one), several tables,
# a caption, and a row count per table; the same with convert_charrefs=False
# putting references back by hand.
from html.parser import HTMLParser
from html import unescape

REPORT = '''
<h2>Test results</h2>
<table class="results" border=1>
<caption>Run #42 &mdash; <b>nightly</b></caption>
<thead><tr><TH>Suite</TH><th>Passed</th><th>Failed</th><th>Time&nbsp;(s)</th></tr></thead>
<tbody>
<tr><td>core</td><td>120</td><td>0</td><td>1.5</td></tr>
<tr class="fail"><td><a href="/s/io">io</a> &amp; net</td><td>98</td><td><b>2</b></td><td>3.25</td></tr>
<tr><td>unicode &eacute;&#233;&#xE9;</td><td>7<td>1<td>0.1
<tr><td colspan=2>multi<br>line
   cell</td><td></td><td>-</td></tr>
</tbody>
</table>
<p>Summary: <table><tr><td>a</td><td>b &lt; c</td></tr><tr><td>x&y</td></tr></table>
'''


class Tables(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.tables = []
        self.row = None
        self.cell = None
        self.caption = None

    def _close_cell(self):
        if self.cell is not None:
            self.row.append(' '.join(''.join(self.cell).split()))
            self.cell = None

    def _close_row(self):
        self._close_cell()
        if self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None

    def handle_starttag(self, tag, attrs):
        if tag == 'table':
            self.tables.append([])
        elif tag == 'tr':
            self._close_row()
            self.row = []
        elif tag in ('td', 'th'):
            self._close_cell()
            self.cell = []
        elif tag == 'br' and self.cell is not None:
            self.cell.append('\n')
        elif tag == 'caption':
            self.caption = []

    def handle_endtag(self, tag):
        if tag in ('td', 'th'):
            self._close_cell()
        elif tag == 'tr':
            self._close_row()
        elif tag == 'table':
            self._close_row()
        elif tag == 'caption':
            self.caption = ''.join(self.caption)

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        elif isinstance(self.caption, list):
            self.caption.append(data)

    def handle_entityref(self, name):
        self.handle_data(unescape('&%s;' % name))

    def handle_charref(self, name):
        self.handle_data(unescape('&#%s;' % name))


for cc in (True, False):
    t = Tables(convert_charrefs=cc)
    t.feed(REPORT)
    t.close()
    print('convert_charrefs', cc, 'caption', repr(t.caption))
    for n, rows in enumerate(t.tables):
        print('table', n, len(rows), 'rows')
        for r in rows:
            print('  ', r)
