# html.entities.html5 (the whole HTML5 table: size, order, names with and
# without ';', two-code-point values), html.unescape with it (numeric edge
# cases, missing ';', longest-prefix names, HTML5-only names), and CPython's
# private html._charref / html._replace_charref as libraries use them
# (pyparsing builds a table from html5 at import, mistune calls
# _replace_charref from re.sub), and HTMLParser's conversion of references.
import html
import html.entities
import re
from html.parser import HTMLParser

h5 = html.entities.html5
print(type(h5).__name__, len(h5), h5 is html.entities.html5)
print(sum(k.endswith(';') for k in h5), sum(not k.endswith(';') for k in h5))
print(list(h5)[:12])
print(list(h5)[-6:])
print(sorted(k for k in h5 if not k.endswith(';'))[:20])
print(all(h5[k] == h5[k + ';'] for k in h5 if not k.endswith(';')))
print(all(isinstance(v, str) and 1 <= len(v) <= 2 for v in h5.values()))

# a checksum of every name and value, in order
acc = 0
for k, v in h5.items():
    for c in k + v:
        acc = (acc * 131 + ord(c)) % 1000000007
print(acc)

two = [k for k, v in h5.items() if len(v) == 2]
print(len(two), two[:8])
for k in ['nvlt;', 'bne;', 'fjlig;', 'ThickSpace;', 'acE;', 'NotEqualTilde;', 'nvgt;']:
    print(k, ascii(h5[k]))
for k in ['amp', 'amp;', 'AMP', 'lang;', 'rang;', 'check;', 'NewLine;', 'Tab;', 'mldr;',
          'CounterClockwiseContourIntegral;', 'Afr;', 'zwnj;', 'nbsp', 'apos;', 'quot']:
    print(k, ascii(h5[k]))
print('apos' in h5, 'check' in h5, 'Amp;' in h5, 'lang' in h5)
print(max(len(k) for k in h5), min(len(k) for k in h5))

# what pyparsing does at import
common = {k.rstrip(';'): v for k, v in h5.items()}
print(len(common), ascii(common['amp']), ascii(common['nvlt']), ascii(common['lang']))

# the module's names
print(html.entities.__all__)
print(len(html.entities.name2codepoint), html.entities.name2codepoint['lang'],
      ascii(html.entities.entitydefs['lang']), ascii(h5['lang;']))
try:
    html.entities.html6
except AttributeError as e:
    print('AttributeError', e)
from html.entities import *  # noqa: F401,F403
print(html5 is h5, len(name2codepoint), len(codepoint2name), len(entitydefs))  # noqa: F405

# unescape: every name in the table, with and without ';'
print(all(html.unescape('&' + k) == v for k, v in h5.items()))
print(all(html.unescape('x&' + k + 'y') == 'x' + v + 'y' for k, v in h5.items() if k.endswith(';')))

for s in ['&check; &NewLine;|&Tab;|&mldr; &hellip; &nvlt; &bne; &fjlig; &ThickSpace;.',
          '&lang;&rang; &LeftAngleBracket; &apos; &Afr; &opf; &zwnj;',
          '&notit; &not &notin; &notinva; &notinvax &notx &not;',
          '&ampx &amp &amp; &AMP &AMP; &Amp; &aMp; &AMPx &amp;amp;',
          '&copysr; &copysrx &copy; &copyx &COPY &Copf;',
          '&ltfoo &lt;foo &LT &LTx &lT; &gtrdot; &gtrdotx',
          '&check &checkmark; &checkmarkx &checkmark',
          '&unknown; &unknown &; & ; &&amp; &&& a&b a & b',
          '&' + 'a' * 40 + ';', '&' + 'amp' + 'x' * 35 + ';', '&CounterClockwiseContourIntegral;x',
          '&\tamp; &\namp; &\ramp; &\x0camp; &amp\t;',
          '&\u00e9; &amp\u00e9 &\u00e9amp; &eacute\u00e9 &eacute;\u00e9',
          ]:
    print(ascii(html.unescape(s)))

# numeric references
for s in ['&#0; &#x0; &#00; &#x110000; &#1114112; &#x10FFFF; &#99999999999999999999;',
          '&#128; &#x80; &#129; &#x8d; &#150; &#x9F; &#159; &#160;',
          '&#xD800; &#xdfff; &#55296; &#57343; &#xDBFF;x &#xE000;',
          '&#x0d; &#13; &#13 &#x0D &#10; &#9; &#12; &#11; &#x7f; &#1; &#31; &#32;',
          '&#65 &#x42 &#X43;&#x44;&#0065;&#x000041;',
          '&#xFFFE; &#xFFFF; &#x1FFFE; &#x10FFFF; &#x10FFFE; &#xFDD0; &#xFDEF; &#xFDCF;',
          '&#; &#x; &#xg; &#a; &#-1; &# 65; &#65a &#x41g &#x;41',
          ]:
    print(ascii(html.unescape(s)))

print(repr(html.unescape('no references')), repr(html.unescape('')), repr(html.unescape('&')))

# CPython's private pattern and callback
print(html._charref.pattern)
print(callable(getattr(html, '_replace_charref')), html._charref is html._charref)
s = 'a &lt; b &notit; &#x41;&#128;&#0; &ampx &check; &bogus; &#xD800;'
print(ascii(re.sub(html._charref, html._replace_charref, s)))
print(ascii(html._charref.sub(html._replace_charref, s)), html.unescape(s) == re.sub(html._charref, html._replace_charref, s))
print([m.group(1) for m in html._charref.finditer(s)])
# mistune's own pattern: only references with ';', numbers of up to 7 digits
mistune = re.compile(r'&(#[0-9]{1,7};|#[xX][0-9a-fA-F]+;|[^\t\n\f <&#;]{1,32};)')
print(ascii(mistune.sub(html._replace_charref, '&amp; &amp &#38; &#12345678; &check; &notit; &nvlt; &#x110000;')))
try:
    html.no_such_thing
except AttributeError as e:
    print('AttributeError', e)


# HTMLParser converts references in text and attributes with html.unescape
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, ascii(attrs))

    def handle_data(self, data):
        print('data', ascii(data))


p = P()
p.feed('<p title="&check; &notit; &amp x">&mldr;&NewLine;&nvlt;&#x80;&ampx</p>')
p.close()
