# A private copy of a library module, made as markdown makes its copy of
# html.parser: find_spec, module_from_spec, exec_module. pywasm's library
# is compiled .mpy files (SourcelessFileLoader imports a fresh copy); what
# sys.modules and the package hold stays as it was. Also re.Scanner and
# xml.etree.ElementTree.HTML_EMPTY, which markdown imports.
import importlib.util
import re
import sys
import html.parser
import xml.etree.ElementTree as ET

before = sys.modules['html.parser']
spec = importlib.util.find_spec('html.parser')
print(spec.name, spec.parent, spec.origin.rpartition('/')[2].rpartition('.')[0], spec.submodule_search_locations)
copy = importlib.util.module_from_spec(spec)
spec.loader.exec_module(copy)
sys.modules['htmlparser'] = copy
print(copy is not html.parser, copy.HTMLParser is not html.parser.HTMLParser, copy.__name__, copy.__spec__ is spec)
print(sys.modules['html.parser'] is before, html.parser is before, 'htmlparser' in sys.modules)


class Collect(copy.HTMLParser):
    def __init__(self):
        super().__init__()
        self.seen = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, attrs))


c = Collect()
c.feed('<p class="x">hi <b>there</b></p>')
print(c.seen, issubclass(Collect, html.parser.HTMLParser))

pkg = importlib.util.find_spec('html')
print(pkg.name, pkg.submodule_search_locations is not None, pkg.origin.rpartition('/')[2].rpartition('.')[0])
print(importlib.util.find_spec('no_such_module_here'))


def word(scanner, token):
    return ('word', token)


scanner = re.Scanner([
    (r'[a-z]+', word),
    (r'(\d+)(?:\.(\d+))?', lambda s, t: ('num', t, s.match.group(), s.match.end())),
    (r'\s+', None),
    (r'[=,]', lambda s, t: t),
])
print(scanner.scan('width = 10.5, height=3 !rest'))
print(scanner.scan(''), re.Scanner([(r'a', 'A')]).scan('aab'))
print(sorted(ET.HTML_EMPTY), type(ET.HTML_EMPTY).__name__)
