"""gettext: translations from GNU message catalogs (.mo files), and the
lookup functions a program marks its messages with.

Supported: NullTranslations, GNUTranslations (little- and big-endian .mo,
the header's charset and Plural-Forms, contexts), find, translation (with
fallback and class_), install, textdomain, bindtextdomain, gettext,
ngettext, pgettext, npgettext, dgettext, dngettext, dpgettext, dnpgettext,
c2py. The languages come from the languages argument or, as in CPython,
from LANGUAGE, LC_ALL, LC_MESSAGES and LANG; catalogs are looked up as
localedir/LANG/LC_MESSAGES/domain.mo. Without a localedir the default is
sys.base_prefix/share/locale, where pywasm has none: pass the directory."""
import os
import struct
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find', 'translation',
           'install', 'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext', 'pgettext',
           'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(getattr(sys, 'base_prefix', '/usr'), 'share', 'locale')


# ---- Plural-Forms: a C expression of n, made into a Python function

def _tokens(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c in ' \t\n':
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield text[i:j]
            i = j
        elif text[i:i + 2] in ('==', '!=', '<=', '>=', '&&', '||'):
            yield text[i:i + 2]
            i += 2
        elif c in 'n()?:!<>%+-*/':
            yield c
            i += 1
        else:
            raise ValueError('invalid token in plural form: %s' % text[i:])


# binary operators by binding power, as C orders them
_BINARY = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
           '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_APPLY = {
    '||': lambda a, b: int(bool(a) or bool(b)), '&&': lambda a, b: int(bool(a) and bool(b)),
    '==': lambda a, b: int(a == b), '!=': lambda a, b: int(a != b), '<': lambda a, b: int(a < b),
    '>': lambda a, b: int(a > b), '<=': lambda a, b: int(a <= b), '>=': lambda a, b: int(a >= b),
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a // b, '%': lambda a, b: a % b,
}


class _Parser:
    def __init__(self, text):
        self.toks = list(_tokens(text))
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, want=None):
        tok = self.peek()
        if tok is None or (want is not None and tok != want):
            raise ValueError('plural form: expected %s' % (want or 'more'))
        self.i += 1
        return tok

    def expr(self):
        # conditional: a ? b : c (right-associative, lowest)
        cond = self.binary(1)
        if self.peek() != '?':
            return cond
        self.take('?')
        yes = self.expr()
        self.take(':')
        no = self.expr()
        return lambda n: yes(n) if cond(n) else no(n)

    def binary(self, power):
        left = self.unary()
        while self.peek() in _BINARY and _BINARY[self.peek()] >= power:
            op = self.take()
            right = self.binary(_BINARY[op] + 1)
            left = (lambda f, a, b: lambda n: f(a(n), b(n)))(_APPLY[op], left, right)
        return left

    def unary(self):
        tok = self.take()
        if tok == '!':
            inner = self.unary()
            return lambda n: int(not inner(n))
        if tok == '(':
            inner = self.expr()
            self.take(')')
            return inner
        if tok == 'n':
            return lambda n: n
        if tok.isdigit():
            value = int(tok)
            return lambda n: value
        raise ValueError('plural form: unexpected %r' % tok)


def c2py(plural):
    """The Plural-Forms expression as a function of n (ValueError if it is
    not one)."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _Parser(plural)
    fn = parser.expr()
    if parser.peek() is not None:
        raise ValueError('plural form: unexpected %r' % parser.peek())

    def func(n):
        if not isinstance(n, int):
            raise TypeError('Plural value must be an integer, got %s' % type(n).__name__)
        return fn(n)
    return func


# ---- translations

class NullTranslations:
    def __init__(self, fp=None):
        # a subclass's _parse fills _info and _charset from the catalog
        self._info, self._charset, self._fallback = {}, None, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass  # nothing to read: every lookup falls through

    def add_fallback(self, fallback):
        # appended at the end of the chain, through each link's own method
        if not self._fallback:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def gettext(self, message):
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        return self._fallback.pgettext(context, message) if self._fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        # _ always; the other lookup functions only when asked for
        extra = {'gettext', 'ngettext', 'pgettext', 'npgettext'}.intersection(names or ())
        import builtins
        builtins._ = self.gettext
        for name in extra:
            setattr(builtins, name, getattr(self, name))


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _parse(self, fp):
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        filename = getattr(fp, 'name', '')
        magic = struct.unpack('<I', buf[:4])[0] if len(buf) >= 4 else 0
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = struct.unpack(order + '4I', buf[4:20])
        if version >> 16 not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(version >> 16), filename)
        entries = []
        for i in range(count):
            olen, ooff = struct.unpack(order + '2I', buf[originals + 8 * i:originals + 8 * i + 8])
            tlen, toff = struct.unpack(order + '2I', buf[translations + 8 * i:translations + 8 * i + 8])
            if ooff + olen > len(buf) or toff + tlen > len(buf):
                raise OSError(0, 'File is corrupt', filename)
            entries.append((buf[ooff:ooff + olen], buf[toff:toff + tlen]))
        for msg, tmsg in entries:
            if not msg:
                self._read_header(tmsg.decode(self._charset or 'ascii', 'replace'))
        charset = self._charset or 'ascii'
        for msg, tmsg in entries:
            if b'\x00' in msg:
                msgid = msg.split(b'\x00')[0].decode(charset)
                for i, form in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid, i)] = form.decode(charset)
            else:
                catalog[msg.decode(charset)] = tmsg.decode(charset)

    def _read_header(self, text):
        last = None
        for line in text.split('\n'):
            line = line.strip()
            if not line:
                continue
            if ':' in line:
                key, value = line.split(':', 1)
                last = key.strip().lower()
                self._info[last] = value.strip()
            elif last:
                self._info[last] += '\n' + line
            if last == 'content-type' and 'charset=' in self._info[last]:
                self._charset = self._info[last].split('charset=')[1].split(';')[0].strip()
            elif last == 'plural-forms':
                for part in self._info[last].split(';'):
                    if part.strip().startswith('plural='):
                        self.plural = c2py(part.strip()[len('plural='):])

    def _singular(self, key):
        # the translation of key, or of its singular plural form; None if
        # the catalog has neither (a translation is never None)
        tmsg = self._catalog.get(key)
        return tmsg if tmsg is not None else self._catalog.get((key, self.plural(1)))

    def gettext(self, message):
        tmsg = self._singular(message)
        if tmsg is not None:
            return tmsg
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        tmsg = self._singular(self.CONTEXT % (context, message))
        if tmsg is not None:
            return tmsg
        return self._fallback.pgettext(context, message) if self._fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def _expand_lang(loc):
    # ll_CC.ENCODING@modifier and its shorter forms, most specific first,
    # after locale.normalize as in CPython: C.UTF-8 is en_US.UTF-8 there
    # (holidays then finds its en_US catalogs under LANG=C.UTF-8), de_DE is
    # de_DE.ISO8859-1, and the modifier weighs most in the order
    import locale
    loc = locale.normalize(loc)
    modifier = codeset = territory = ''
    if '@' in loc:
        loc, modifier = loc.split('@', 1)
        modifier = '@' + modifier
    if '.' in loc:
        loc, codeset = loc.split('.', 1)
        codeset = '.' + codeset
    if '_' in loc:
        loc, territory = loc.split('_', 1)
        territory = '_' + territory
    out = []
    for m in (modifier, ''):
        for t in (territory, ''):
            for c in (codeset, ''):
                name = loc + t + c + m
                if name not in out:
                    out.append(name)
    return out


def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(var)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    expanded = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in expanded:
                expanded.append(name)
    found = []
    for lang in expanded:
        if lang == 'C':
            break
        path = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    files = find(domain, localedir, languages, all=True)
    if not files:
        if fallback:
            return NullTranslations()
        raise FileNotFoundError(2, 'No translation file found for domain', domain)
    import copy
    result = None
    for path in files:
        key = (class_, os.path.abspath(path))
        if key not in _translations:
            with open(path, 'rb') as fp:
                _translations.setdefault(key, class_(fp))
        # a shallow copy per call: fallbacks added to it must not reach the
        # cached object, while the parsed catalog stays shared
        found = copy.copy(_translations[key])
        if result is not None:
            result.add_fallback(found)
        else:
            result = found
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is None:
        return _current_domain  # a query only
    _current_domain = domain
    return domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return NullTranslations()


def dgettext(domain, message):
    return _domain(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _domain(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _domain(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _domain(domain).npgettext(context, msgid1, msgid2, n)


# The module-level lookups use the domain set by textdomain().
def gettext(message):
    return _domain(_current_domain).gettext(message)


def ngettext(msgid1, msgid2, n):
    return _domain(_current_domain).ngettext(msgid1, msgid2, n)


def pgettext(context, message):
    return _domain(_current_domain).pgettext(context, message)


def npgettext(context, msgid1, msgid2, n):
    return _domain(_current_domain).npgettext(context, msgid1, msgid2, n)


Catalog = translation
