# gettext normalizes locale names as CPython does (C.UTF-8 is en_US.UTF-8:
# holidays finds its en_US catalogs); the 'charmap' codec (hyperlink);
# pydoc's getdoc/splitdoc (python-stdnum).
import codecs
import gettext
import os
import pydoc
import shutil
import tempfile

for loc in ('C.UTF-8', 'C', 'POSIX', 'C.utf8', 'en_US.UTF-8', 'de_DE', 'fr', 'pt_BR.utf8', 'de_DE@euro'):
    print(loc, gettext._expand_lang(loc))

base = tempfile.mkdtemp()
try:
    d = os.path.join(base, 'en_US', 'LC_MESSAGES')
    os.makedirs(d)
    open(os.path.join(d, 'app.mo'), 'wb').close()
    for langs in (['C.UTF-8'], ['C'], ['en_US'], ['de']):
        print(langs, [os.path.relpath(p, base) for p in gettext.find('app', base, langs, all=True)])
finally:
    shutil.rmtree(base)

print(codecs.lookup('charmap').name, 'é\x00\xff'.encode('charmap'), b'\x80\xe9'.decode('charmap') == '\x80\xe9')
print(codecs.encode('abc', 'charmap'), codecs.getincrementaldecoder('charmap')().decode(b'\xfc'))
try:
    '\u20ac'.encode('charmap')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.start, e.end)


def documented():
    """Summary line.

    More text
      indented."""


class Bare:
    pass


print(repr(pydoc.getdoc(documented)), pydoc.splitdoc(pydoc.getdoc(documented)))
print(pydoc.splitdoc('one'), pydoc.splitdoc('a\nb'), repr(pydoc.getdoc(Bare)))
print(pydoc.describe(pydoc), pydoc.describe(len), pydoc.describe(Bare), pydoc.describe(Bare()), pydoc.describe(documented))
print(pydoc.classname(dict, 'builtins'), pydoc.classname(Bare, 'x'), pydoc.cram('abcdefghij', 5))
print(pydoc.stripid('<x at 0x7f12aabbcc>'), pydoc.replace('a-b-c', '-', '+'), pydoc.isdata(1), pydoc.isdata(documented))
print(pydoc.locate('os.path.join') is os.path.join, pydoc.locate('no_such_mod.x'), pydoc.plain('a\bab\bb'))
