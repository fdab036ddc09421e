# xml.parsers.expat DOCTYPE handlers: entity declarations, external references, param entity parsing
import xml.parsers.expat as E


def run(doc, pe=None, base=None, ns=None, ret=1):
    p = E.ParserCreate(namespace_separator=ns)
    if base:
        p.SetBase(base)
    if pe is not None:
        p.SetParamEntityParsing(pe)
    for h in ('StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'UnparsedEntityDeclHandler',
              'ExternalEntityRefHandler', 'StartElementHandler', 'CharacterDataHandler'):
        setattr(p, h, (lambda h: lambda *a: print(h[:-7], a) or ret)(h))
    try:
        p.Parse(doc, True)
    except E.ExpatError as e:
        print('error', e, e.code)


run(b'<!DOCTYPE r [<!ENTITY a "x&#65;y"><!ENTITY a "dup"><!ENTITY % p "pp"><!ENTITY e SYSTEM "file:///e.txt">'
    b'<!ENTITY f PUBLIC "-//X//Y" "f.txt"><!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "u.bin" NDATA n>]>'
    b'<r>&a;&e;</r>', base='B')
run(b'<!DOCTYPE r SYSTEM "http://x/y.dtd"><r/>')
run(b'<!DOCTYPE r SYSTEM "http://x/y.dtd"><r/>', pe=E.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
run(b'<!DOCTYPE r PUBLIC "-//A//B" "y.dtd" [<!ENTITY a "v">]><r>&a;</r>', pe=2, base='bb')
run(b'<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "x.dtd"><r/>', pe=1)
run(b'<!DOCTYPE r [<!ENTITY e SYSTEM "x">]><r>&e;</r>', ret=0)
run(b'<!DOCTYPE r [<!ENTITY e SYSTEM "x">]><r>a&e;b</r>', ret=1)
p = E.ParserCreate()
p.UnparsedEntityDeclHandler = lambda *a: print('unparsed', a)
p.CharacterDataHandler = lambda d: print('data', d)
p.Parse(b'<!DOCTYPE r [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "u.bin" NDATA n><!ENTITY e SYSTEM "x">]><r>1&e;2</r>', True)

import xml.etree.ElementTree as ET
parser = ET.XMLParser(target=ET.TreeBuilder())
print([(ev, el.tag) for ev, el in ET.iterparse(__import__('io').BytesIO(b'<a><b/></a>'), ('start', 'end'), parser)])
try:
    ET.fromstring('<!DOCTYPE r [<!ENTITY e SYSTEM "x">]><r>&e;</r>')
except ET.ParseError as e:
    print(type(e), e)
