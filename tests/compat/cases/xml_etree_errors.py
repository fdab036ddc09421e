import io
import os
import shutil
import tempfile
import xml.etree.ElementTree as ET


def parse(doc):
    try:
        r = ET.fromstring(doc)
        return 'OK %s %s %s' % (r.tag, ascii(r.attrib), ascii(r.text))
    except ET.ParseError as e:
        return 'ParseError %s | %r %r' % (e, e.position, e.code)


DOCS = [
    # the common failures of CI-generated XML
    '<a></b>', '<a><b></a>', '<a>\n\n  <b>\n</c>', '<a>', '', '   ', '<a/><b/>', '<a/>x', '<a/>\n\njunk',
    '<report>\n  <case name="x"/>\n</report>\n<report/>', '<a>&foo;</a>', '<a b="&foo;"/>', '<a>& b</a>',
    '<a>&amp</a>', '<a>AT&T</a>', '<a b="1" b="2"/>', '<a\n\n  b="1" b="2"/>', '<a b=1/>', '<a b="<"/>',
    '<a b="1"c="2"/>', '<a\n b="1"\n c></a>', '<1a/>', '< a/>', '<a/ >', '<a></ a>', '<a></a b>', '<a></a',
    '<a><b', '<a b="1', '<a><!-- x', '<a><![CDATA[x', '<a>&am', '<?xml', '<', '<a/><', '<a/><!-',
    # characters and references
    '<a>\x01</a>', '<a>ab\x01c</a>', '<a b="x\x01"/>', '<a x\x01="1"/>', '<a>\x1b[31mred\x1b[0m</a>',
    '<a>\ufffe</a>', '<a>&#0;</a>', '<a>&#xD800;</a>', '<a>&#1114112;</a>', '<a>&#x;</a>', '<a>&#X41;</a>',
    '<a>&#65</a>', '<a>&#12a;</a>', '<a>&#1;</a>', '<a>&1;</a>', '<a>&a.b;</a>', '<a>]]></a>',
    '<a>&#9;&#xA;&#13;&#x10FFFF;</a>', '<a b="\tx\ny\r\nz" c="&#10;&#9;"/>', '<a>\r\nx\ry</a>',
    # markup
    '<a><!-- a--b --></a>', '<a><!---></a>', '<a><!-- x ---></a>', '<a><!- x --></a>', '<a><![CDAT[x]]></a>',
    '<a><!DOCTYPE a></a>', '<a><? x?></a>', '<a><?xml x?></a>', '<a/><?xml version="1.0"?>', '<a/><b',
    '<a/><!DOCTYPE a>', '<a/>&amp;', '<a/>\n</b>', '</a>', 'x<a/>', 'x <a/>', '<!-- c -->x', '&amp;<a/>',
    '<![CDATA[x]]><a/>', '<a:b:c/>', '<:a/>', '<a:/>',
    # the XML declaration
    ' <?xml version="1.0"?><a/>', '<?xml version="1.0"?>', '<?xml encoding="utf-8"?><a/>', '<?xml?><a/>',
    '<?xml version="1.0" standalone="maybe"?><a/>', '<?xml version="1.0" encoding="x y"?><a/>',
    '<?xml version="1.0"encoding="utf-8"?><a/>', '<?xml version=1.0?><a/>', '<?XML version="1.0"?><a/>',
    '<?xml version="1.0" bogus="1"?><a/>', '<?xml version="1.0" ? ><a/>', '<?xml version="1.0"?>\n<a></b>',
    '\ufeff<a/>',
    # namespaces
    '<p:a/>', '<a p:b="1"/>', '<a xmlns:p=""/>', '<a xmlns:xml="x"/>', '<a xmlns:xmlns="x"/>',
    '<a xmlns:p="http://www.w3.org/2000/xmlns/"/>', '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>',
    '<a xmlns:p="u"><p:b></b></a>', '<p:a xmlns:p="u"></q:a>', '<a xmlns="u"><b xmlns=""/></a>',
    # DOCTYPE
    '<!DOCTYPE a><!DOCTYPE a><a/>', '<!DOCTYPE a PUBLIC "p"><a/>', '<!DOCTYPE a SYSTEM><a/>', '<!DOCTYPE a x><a/>',
    '<!DOCTYPE 1a><a/>', '<!doctype a><a/>', '<!DOCTYPEa><a/>', '<!DOCTYPE a [<!ENTITY e "x">', '<!DOCTYPE>',
    '<!DOCTYPE a [<!ENTITY foo "x">]><a>&bar;</a>', '<!DOCTYPE a SYSTEM "x.dtd"><a>&foo;</a>',
    '<!DOCTYPE a [<!ENTITY foo "&foo;">]><a>&foo;</a>', '<!DOCTYPE a [<!ENTITY foo SYSTEM "x.ent">]><a x="&foo;"/>',
    '<!DOCTYPE a [<!ENTITY foo SYSTEM "x.ent">]><a>&foo;</a>', '<!DOCTYPE a [<!ENTITY e SYSTEM "x" NDATA n>]><a>&e;</a>',
    '<!DOCTYPE a [<!ENTITY e "a&b">]><a/>', '<!DOCTYPE a [<!ENTITY e "%x;">]><a/>', '<!DOCTYPE a [ x ]><a/>',
    '<!DOCTYPE a [<!BOGUS>]><a/>', '<!DOCTYPE a [<!ENTITY e>]><a/>', '<!DOCTYPE a [<!ATTLIST a b CDATA "<">]><a/>',
    '<!DOCTYPE a SYSTEM "x.dtd"><a x="&foo;"/>', '<!DOCTYPE a [<!ENTITY e "a&undefined;b">]><a>&e;</a>',
    '<!DOCTYPE a [<!ENTITY % p "x"> %p; <!ENTITY e "v">]><a>&e;</a>',
    '<!DOCTYPE a [<!ATTLIST a t NMTOKENS #IMPLIED i ID #IMPLIED>]><a t="  x   y " i=" z "/>',
    # bytes and encodings
    b'<a>\xe9</a>', b'<a>x\xff</a>', b'<a b="\xff"/>', b'<a>x\xc3', b'<a>\xc3\xa9\xc3', b'<a>\xc3\xa9</b>',
    b'<a>\xef\xbf\xbe</a>', b'<a>\xed\xa0\x80</a>', b'<a>\xf4\x90\x80\x80</a>', b'<a>\xc0\x80</a>',
    b'<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>', b'<?xml version="1.0" encoding="utf-16"?><a>x</a>',
    b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</b>', b'<?xml version="1.0" encoding="utf8"?><a>\xc3\xa9</a>',
    b'<?xml version="1.0" encoding="cp1252"?><a>\x81</a>', '<a>\u00e9\u00e9\u00e9<b></c>', '<a>\U0001F600</b>',
    '<a>\r\n\r\n</b>', '<a>\r\r</b>', '<a/>\r\n\r\nx',
    # stray text before and after the root: expat's prolog tokens
    'x>', 'x', ':h:i<a/>', 'g=<a/>', 'x(<a/>', 'x? <a/>', '0? <a/>', 'x:', '<a/>x:', '"x"<a/>', '"x" <a/>', '"x',
    '#x <a/>', '#1 <a/>', '#', '%x; <a/>', '% <a/>', '%<a/>', ')<a/>', ') <a/>', '[<a/>', '=<a/>', ';<a/>',
    '<a/>]', '<a/>=', '<a/>%', '<a/>x(', '&#65;<a/>', '<a>&h:i;</a>', '<?xml;version="1.0"?><a/>',
    '<?xml?x?><a/>', '<?xml version>="1.0"?><a/>', '<?xml version="1.0>?><a/>', '<?xml version="1:0"?><a/>',
    '<?xml ver sion="1.0"?><a/>', '<?xml version="1.0" encoding=""?><a/>', '<?pi?x?><a/>',
    '<!DOCTYPE r [%<!ENTITY e "x">]><r/>', '<!DOCTYPE r [% ]><r/>', '<!DOCTYPE r [%%p;]><r/>', '<!DOCTYPE r [<!-- x',
    '<!DOCTYPE r [<!ENTITY e "x', '<!DOCTYPE r []<!ATTLIST>', '<!DOCTYPE r []x>', '<!DOCTYPE r [<!ELEMENT r "ANY">]><r/>',
    '<!DOCTYPE r [<!ENTITY e "%">]><r/>', '<!DOCTYPE r [<!ENTITY e "v"x>]><r/>', '<!DOCTYPE r [<!ENTITY e "v"%x;>]><r/>',
    '<!DOCTYPE r [<!ATTLIST r a (x|y)"x">]><r/>', '<!DOCTYPE r [<!ENTITY e "E">]]><r/>',
    '<!DOCTYPE r [%p; <!ENTITY e "&"> ]><r a="&undefined;">&e;</r>', '<!DOCTYPE r PUBLIC "p" "s" []%p;><r/>',
]
for doc in DOCS:
    print(ascii(doc), parse(doc))

try:
    ET.fromstring('<a></b>')
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, ET.ParseError), e.msg, e.args, e.position, e.code, e.lineno, e.offset)
e = ET.ParseError('custom')
print(str(e), e.args, hasattr(e, 'position'), hasattr(e, 'code'))

# the parser objects after errors and after close
p = ET.XMLParser()
p.feed('<a>x</a>')
print(p.close().text)
for action in (lambda: p.feed('<b/>'), p.close):
    try:
        action()
    except ET.ParseError as err:
        print('after close:', err, err.code)
for doc in ('<r>\n<a/>\n  </b>', 'abc <a/>', '<a>\x01</a>', '<a>x</a>'):
    p = ET.XMLParser()
    for data in (doc, 'x', '', 'yy\nz'):
        try:
            p.feed(data)
        except ET.ParseError as err:
            print('again', repr(data), err, err.code)
    try:
        p.close()
    except ET.ParseError as err:
        print('again close', err)
p = ET.XMLParser()
p.feed('<r>\n<a>abc')
for data in ('xy</b>', 'x'):
    try:
        p.feed(data)
    except ET.ParseError as err:
        print('again', repr(data), err)
try:
    ET.XMLParser().feed(1)
except TypeError as err:
    print('TypeError', err)
it = ET.iterparse(io.BytesIO(b'<r><a/><b>x</b></c>'), ('start', 'end'))
try:
    for ev, el in it:
        print(ev, el.tag)
except ET.ParseError as err:
    print('iterparse:', err, it.root)
pp = ET.XMLPullParser()
pp.feed('<r><a/>')
pp.feed('</b>')
try:
    print([x.tag for ev, x in pp.read_events()])
except ET.ParseError as err:
    print('pull:', err)
pp = ET.XMLPullParser()
pp.feed('<r/>')
pp.close()
try:
    pp.feed('<x/>')
except ValueError as err:
    print('ValueError', err)
for events in (('start', 'bogus'), ('START',)):
    try:
        ET.XMLPullParser(events)
    except ValueError as err:
        print('ValueError', err)
try:
    ET.iterparse(io.BytesIO(b'<a/>'), ['end', 'middle'])
except ValueError as err:
    print('ValueError', err)
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, 'bad.xml')
    with open(path, 'w') as f:
        f.write('<?xml version="1.0"?>\n<results>\n  <case>\n</results>\n')
    try:
        ET.parse(path)
    except ET.ParseError as err:
        print('parse:', err, err.position)
    try:
        ET.parse(os.path.join(d, 'missing.xml'))
    except OSError as err:
        print(type(err).__name__, err.errno)
finally:
    shutil.rmtree(d)


def attempt(label, f):
    try:
        r = f()
        print(label, '->', r if not isinstance(r, ET.Element) else r.tag)
    except Exception as err:
        print(label, type(err).__name__, err)


# the Element API's own errors
e = ET.Element('a')
kid = ET.SubElement(e, 'b')
attempt('attrib str', lambda: ET.Element('a', 'x'))
attempt('attrib None', lambda: ET.Element('a', None))
attempt('append str', lambda: e.append('x'))
attempt('append None', lambda: e.append(None))
attempt('insert str', lambda: e.insert(0, 'x'))
attempt('extend str', lambda: e.extend([kid, 'x']))
attempt('remove missing', lambda: e.remove(ET.Element('b')))
attempt('remove str', lambda: e.remove('x'))
attempt('index', lambda: e[5])
attempt('index -5', lambda: e[-5])
attempt('index str', lambda: e['x'])
attempt('set index', lambda: e.__setitem__(3, ET.Element('c')))
attempt('set str', lambda: e.__setitem__(0, 'x'))
attempt('del index', lambda: e.__delitem__(7))
attempt('SubElement str', lambda: ET.SubElement('x', 'b'))
attempt('SubElement attrib', lambda: ET.SubElement(e, 'b', 'x'))
attempt('makeelement attrib', lambda: e.makeelement('m', 'x'))
attempt('after errors', lambda: [c.tag for c in e])


def assign_extended():
    r = ET.Element('r')
    r.extend(ET.Element(t) for t in 'abcd')
    r[::2] = [ET.Element('x')]


attempt('extended slice', assign_extended)

# serialization errors
for label, elem in (('int tag', ET.Element(1)), ('int value', ET.Element('a', x=1)), ('int key', ET.Element('a', {1: 'x'})),
                    ('bytes text', ET.Element('a')), ('QName text', ET.Element('a'))):
    if label == 'bytes text':
        elem.text = b'x'
    if label == 'QName text':
        elem.text = ET.QName('{u}x')
    attempt(label, lambda: ET.tostring(elem))
tail = ET.Element('a')
ET.SubElement(tail, 'b').tail = 5
attempt('int tail', lambda: ET.tostring(tail))
attempt('method', lambda: ET.tostring(ET.Element('a'), method='bogus'))
attempt('c14n', lambda: ET.tostring(ET.Element('a'), method='c14n'))
attempt('default ns', lambda: ET.tostring(ET.Element('{u}a', {'b': '1'}), default_namespace='u'))
attempt('default ns tag', lambda: ET.tostring(ET.Element('a'), default_namespace='u'))
attempt('bad brace', lambda: ET.tostring(ET.Element('{bad')))
attempt('empty uri', lambda: ET.tostring(ET.Element('{}a')))
attempt('register ns0', lambda: ET.register_namespace('ns0', 'http://z'))
attempt('register ns12', lambda: ET.register_namespace('ns12', 'http://z'))
attempt('register nsx', lambda: ET.register_namespace('nsx', 'http://z'))
attempt('indent', lambda: ET.indent(ET.Element('a'), level=-1))
attempt('tostring str', lambda: ET.tostring('x'))
attempt('write no root', lambda: ET.ElementTree().write(io.BytesIO()))

# ElementPath errors
P = ET.fromstring('<r><a id="1"><b/></a><a id="2"/></r>')
for path in ('/a', '//b', '//', './/.', './/..', 'a[0]', 'a[-1]', 'a[last()+1]', 'a[last()-0]', 'a[first()]',
             'a[last()-x]', 'a[@]', 'a[@id=2]', 'a[position()=1]', 'a[b/c]', '@id', 'a/@id', 'a/text()',
             'p:a', 'a[p:b]', "a[@p:id='1']"):
    attempt(repr(path), lambda: P.findall(path))
attempt('ns map', lambda: P.findall('q:a', {'p': 'u'}))
try:
    P.find(None)
except TypeError as err:
    print('find None', type(err).__name__)
attempt('tree abs', lambda: len(ET.ElementTree(P).findall('/a')))
