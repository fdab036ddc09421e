# html.escape / html.unescape and html.entities (HTML 4 names).
import html
import html.entities as ent

# typical use: escape text for HTML, and back
for s in ['<a href="x?a=1&b=2">Tom\'s</a>', 'plain', '', '&amp;', '"q"', "it's"]:
    e = html.escape(s)
    print(repr(e), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
    print(html.unescape(e) == s)

# named references: with ';', legacy ones without it, longest-prefix rule
for s in ['&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;',
          '&copy; 2024 &reg; &trade; &euro; &hellip; &mdash; &nbsp;|',
          '&eacute;t&eacute; &Eacute;COLE &szlig; &ccedil;a',
          '&alpha;&beta;&Omega;&pi;&sum;&infin;&rarr;&hearts;',
          '&lang;&rang; &lceil;&rfloor;',
          '&lt &gt &amp &quot &copy &nbsp| &eacute &Auml &AMP &LT &GT &QUOT &COPY &REG',
          '&ampx &amp;x &ltfoo &copyright &notit; &not &notin; &notx',
          '&hellip &trade &euro &apos &alpha',
          '&unknown; &unknown &; & ; &&amp; &&& a&b a & b',
          '&AMP; &Amp; &aMp; &LT; &Gt x',
          '&' + 'a' * 40 + ';', '&' + 'amp' + 'x' * 35 + ';',
          '&\tamp; &\namp; &\ramp;',
          ]:
    print(ascii(html.unescape(s)))

# numeric references: decimal, hexadecimal, with and without ';'
for s in ['&#65;&#x42;&#X43;&#x44 &#69 &#000070;',
          '&#233; &#xe9; &#x20AC; &#8364; &#x1F600; &#128512;',
          '&#128; &#x80; &#x81; &#150; &#x9F; &#159; &#x8d;',
          '&#0; &#x0; &#13; &#xd; &#10; &#9; &#x7f; &#1; &#8; &#11; &#12; &#31; &#32;',
          '&#xD800; &#xdfff; &#55296; &#xDBFF;x',
          '&#x10FFFF; &#x110000; &#1114111; &#1114112; &#99999999999999999999;',
          '&#xFFFE; &#xFFFF; &#x1FFFE; &#xFDD0; &#xFDEF; &#xFDF0; &#65533;',
          '&#; &#x; &#xg; &#a; &#-1; &# 65; &#65a &#x41g',
          '&#0065;&#x0041;&#x00000041;',
          ]:
    print(ascii(html.unescape(s)))

print(repr(html.unescape('no entities here')), repr(html.unescape('')))
print(html.unescape('&amp;lt;'), html.unescape(html.unescape('&amp;lt;')))

# html.entities
print(len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint['amp'], ent.name2codepoint['eacute'], ent.name2codepoint['lang'], ent.name2codepoint['zwnj'])
print(ent.codepoint2name[60], ent.codepoint2name[0x2665], ent.codepoint2name[8364])
print(ascii(ent.entitydefs['nbsp']), ascii(ent.entitydefs['lang']), ent.entitydefs['quot'])
print('apos' in ent.name2codepoint, 'AMP' in ent.name2codepoint)
print(list(ent.name2codepoint)[:6], sorted(ent.name2codepoint)[-3:])
print(sum(ent.name2codepoint.values()), sorted(ent.codepoint2name)[:5])
print(all(ent.codepoint2name[v] == k for k, v in ent.name2codepoint.items()))
print(all(html.unescape('&%s;' % k) == ent.entitydefs[k] for k in ent.name2codepoint if k not in ('lang', 'rang')))
from html.entities import name2codepoint, entitydefs
print(name2codepoint is ent.name2codepoint, entitydefs['gt'])

