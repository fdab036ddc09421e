# six, the most installed package on the registry: it looks built-in
# modules up in sys.modules and serves `six.moves` from a finder it adds to
# sys.meta_path (patch 0318), after turning itself into a package through
# __path__ and __spec__.
import os
import sys
sys.path.insert(0, os.environ['PYWASM_VENDORED'])
import six
from six.moves import urllib, range, zip, map, configparser, queue, reduce
from six.moves.urllib.parse import urlencode, quote, urlparse
import six.moves.http_client as http_client

print(six.PY2, six.PY3, six.string_types, six.integer_types, six.text_type, six.binary_type)
print(urlencode({'q': 'a b', 'n': 1}), quote('x/y z'), urlparse('https://h.example/p?q=1').netloc)
print(urllib.parse.unquote('a%20b'), list(range(3)), list(zip('ab', [1, 2])), list(map(str, [1, 2])))
print(reduce(lambda a, b: a + b, [1, 2, 3]), configparser.__name__, queue.Queue().empty(), http_client.OK)
print(six.ensure_str(b'bytes'), six.ensure_binary('text'), six.ensure_text(b'\xc3\xa9'))
print(six.b('raw'), six.u('uni'), six.int2byte(65), six.byte2int(b'B'), six.indexbytes(b'AB', 1))
print(sorted(six.iteritems({'a': 1, 'b': 2})), list(six.iterkeys({'k': 0})), list(six.itervalues({'k': 9})))
print(six.get_function_code(lambda: 0).co_name, six.callable(len), six.next(iter([7])))


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['made_by'] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)


@six.add_metaclass(Meta)
class WithMeta(object):
    pass


class ViaBase(six.with_metaclass(Meta, object)):
    pass


print(type(WithMeta).__name__, WithMeta.made_by, type(ViaBase).__name__, ViaBase.made_by, ViaBase.__mro__[1:])


@six.python_2_unicode_compatible
class Named(object):
    def __str__(self):
        return 'named'


print(str(Named()))
try:
    six.raise_from(ValueError('outer'), KeyError('inner'))
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    try:
        raise KeyError('first')
    except KeyError:
        six.reraise(*sys.exc_info())
except KeyError as e:
    print('reraised', repr(e))
buf = six.StringIO()
six.print_('to', 'buffer', file=buf, sep='-')
print(repr(buf.getvalue()), six.BytesIO(b'xy').read())
print(six.moves.builtins.len('abc'), 'six.moves' in sys.modules, 'six.moves.urllib.parse' in sys.modules)
print(six.assertCountEqual.__name__, six.viewkeys({'v': 1}))
