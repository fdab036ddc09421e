# xml.dom.expatbuilder: parseString, builders, and a subclass installing its own handlers
import io
from xml.dom import expatbuilder, minidom

DOC = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "ent"><!ENTITY x SYSTEM "x.txt">]><r xmlns="urn:d" xmlns:q="urn:q" q:a="1">&e;<![CDATA[<c>]]><!--k--><q:s/></r>'
d = expatbuilder.parseString(DOC)
print(d.toxml())
print(d.doctype.name, repr(d.doctype.internalSubset), [(e.nodeName, e.systemId) for e in map(d.doctype.entities.item, range(d.doctype.entities.length))])
print(d.documentElement.namespaceURI, d.documentElement.getAttributeNS('urn:q', 'a'))
d = expatbuilder.parseString(DOC, namespaces=False)
print(d.documentElement.namespaceURI, d.documentElement.tagName, d.documentElement.attributes.keys())
print(expatbuilder.parse(io.BytesIO(DOC)).documentElement.lastChild.nodeName)
b = expatbuilder.ExpatBuilder()
print(type(b).__name__, b.parseString(b'<a>t</a>').toxml())


class Stop(ValueError):
    pass


class Strict(expatbuilder.ExpatBuilderNS):
    def install(self, parser):
        expatbuilder.ExpatBuilderNS.install(self, parser)
        parser.EntityDeclHandler = self.no_entities
        parser.ExternalEntityRefHandler = self.no_external

    def no_entities(self, name, is_pe, value, base, sysid, pubid, notation):
        raise Stop('entity %s %r %r %r %r' % (name, is_pe, value, sysid, pubid))

    def no_external(self, context, base, sysid, pubid):
        raise Stop('external %s %r' % (sysid, pubid))


for doc in (DOC, b'<!DOCTYPE r [<!ENTITY % p "v">]><r/>', b'<r>plain</r>'):
    try:
        print(Strict().parseString(doc).toxml())
    except Stop as e:
        print('stopped', e)


class External(expatbuilder.ExpatBuilder):
    def external_entity_ref_handler(self, context, base, sysid, pubid):
        print('ref', context, base, sysid, pubid)
        return 1


print(External().parseString(DOC).documentElement.toxml())
try:
    expatbuilder.parseString(b'<a><b></a>')
except Exception as e:
    print(type(e).__name__, e)
frag = expatbuilder.parseFragmentString('<i>1</i>tail<j/>', minidom.parseString(DOC).documentElement)
print([n.nodeName for n in frag.childNodes], frag.lastChild.namespaceURI)
