"""pprint: pprint, pformat, pp, saferepr, isreadable, isrecursive and
PrettyPrinter (indent, width, depth, compact, sort_dicts, underscore_numbers)
for dicts, lists, tuples, sets, frozensets and strings, breaking lines the
way CPython does: a container that does not fit in the width goes one
element per line, and long strings are split into adjacent literals at
word boundaries. OrderedDict, defaultdict, Counter, ChainMap, deque,
SimpleNamespace and dataclasses (with their generated repr) break as in
CPython too; other objects print with their repr (a namedtuple's too, as
in CPython)."""
import sys as _sys


def pprint(obj, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(obj)


def pformat(obj, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(obj)


def pp(obj, *args, sort_dicts=False, **kwargs):
    pprint(obj, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(obj):
    return PrettyPrinter()._repr(obj, {}, None, 0)


def isreadable(obj):
    return PrettyPrinter().isreadable(obj)


def isrecursive(obj):
    return PrettyPrinter().isrecursive(obj)


def _key(x):
    return (str(type(x)), x) if not isinstance(x, (int, float)) else ('', x)


def _sorted(items):
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda kv: _key(kv[0]) if isinstance(kv, tuple) else _key(kv))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        problem = ('indent must be >= 0' if indent < 0 else
                   'depth must be > 0' if depth is not None and depth <= 0 else
                   'width must be != 0' if not width else None)
        if problem:
            raise ValueError(problem)
        self._indent = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = compact
        self._sort = sort_dicts
        self._us = underscore_numbers

    def pprint(self, obj):
        s = self._stream if self._stream is not None else _sys.stdout
        s.write(self.pformat(obj) + '\n')

    def pformat(self, obj):
        out = []
        self._format(obj, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, obj):
        return self._check(obj, {})[1]

    def isreadable(self, obj):
        return self._check(obj, {})[0]

    def _check(self, obj, ctx):
        if isinstance(obj, (dict, list, tuple, set, frozenset)):
            if id(obj) in ctx:
                return False, True
            ctx[id(obj)] = 1
            ok, rec = True, False
            items = obj.items() if isinstance(obj, dict) else [(x, None) for x in obj]
            for k, v in items:
                for x in (k, v):
                    a, b = self._check(x, ctx)
                    ok, rec = ok and a, rec or b
            del ctx[id(obj)]
            return ok, rec
        r = repr(obj)
        return not r.startswith('<'), False

    def _repr(self, obj, ctx, maxlevels, level):
        if isinstance(obj, bool) or obj is None:
            return repr(obj)
        if isinstance(obj, int) and self._us:
            return _us(obj)
        if type(obj) is dict:
            if not obj:
                return '{}'
            if id(obj) in ctx:
                return '<Recursion on dict with id=%d>' % id(obj)
            if maxlevels and level >= maxlevels:
                return '{...}'
            ctx[id(obj)] = 1
            items = _sorted(obj.items()) if self._sort else list(obj.items())
            r = '{' + ', '.join('%s: %s' % (self._repr(k, ctx, maxlevels, level + 1),
                                            self._repr(v, ctx, maxlevels, level + 1)) for k, v in items) + '}'
            del ctx[id(obj)]
            return r
        if type(obj) in (list, tuple):
            if not obj:
                return '[]' if type(obj) is list else '()'
            if id(obj) in ctx:
                return '<Recursion on %s with id=%d>' % (type(obj).__name__, id(obj))
            if maxlevels and level >= maxlevels:
                return '[...]' if type(obj) is list else '(...,)' if len(obj) == 1 else '(...)'
            ctx[id(obj)] = 1
            parts = [self._repr(x, ctx, maxlevels, level + 1) for x in obj]
            del ctx[id(obj)]
            if type(obj) is list:
                return '[' + ', '.join(parts) + ']'
            return '(' + ', '.join(parts) + (',)' if len(parts) == 1 else ')')
        return repr(obj)

    def _format(self, obj, out, indent, allowance, ctx, level):
        rep = self._repr(obj, {}, self._depth, level)
        max_width = self._width - indent - allowance
        if len(rep) <= max_width:
            out.append(rep)
            return
        oid = id(obj)
        if oid in ctx:
            out.append('<Recursion on %s with id=%d>' % (type(obj).__name__, oid))
            return
        t = type(obj)
        if t is dict:
            ctx[oid] = 1
            out.append('{')
            items = _sorted(obj.items()) if self._sort else list(obj.items())
            ind = self._indent
            if ind > 1:
                out.append(' ' * (ind - 1))
            self._dict_items(items, out, indent + ind, allowance + 1, ctx, level + 1)
            out.append('}')
            del ctx[oid]
            return
        if t in (list, tuple) or t in (set, frozenset) and obj:
            ctx[oid] = 1
            if t is list:
                o, c = '[', ']'
            elif t is tuple:
                o, c = '(', ',)' if len(obj) == 1 else ')'
            elif t is set:
                o, c = '{', '}'
                obj = _sorted(obj)
            else:
                o, c = 'frozenset({', '})'
                obj = _sorted(obj)
            ind = self._indent
            out.append(o)
            if ind > 1:
                out.append(' ' * (ind - 1))
            self._items(list(obj), out, indent + len(o) + ind - 1, allowance + len(c), ctx, level + 1)
            out.append(c)
            del ctx[oid]
            return
        if t is str and len(rep) > max_width:
            self._str(obj, out, indent, allowance, level)
            return
        if isinstance(obj, (bytes, bytearray)) and _base_repr(t, (bytes, bytearray)):
            self._bytes(obj, out, indent, allowance, level)
            return
        if self._other(obj, t, out, indent, allowance, ctx, level):
            return
        out.append(rep)

    def _other(self, obj, t, out, indent, allowance, ctx, level):
        # The other types CPython's pprint breaks over lines when their repr
        # is too long: the collections types, SimpleNamespace and
        # dataclasses. False for the rest, printed with their repr.
        name = t.__name__
        mod = getattr(t, '__module__', '')
        kind = name if mod == 'collections' else None
        if kind is None:
            if getattr(getattr(t, '__repr__', None), '_pywasm_dataclass_repr', False):
                kind = 'dataclass'
            elif name == 'SimpleNamespace' and mod == 'types':
                kind = 'SimpleNamespace'
            elif name == 'mappingproxy':
                kind = 'mappingproxy'
            else:
                # a subclass without a __repr__ of its own is printed as its base
                for c in t.__mro__:
                    if getattr(c, '__module__', '') == 'collections' and c.__name__ in (
                            'OrderedDict', 'defaultdict', 'Counter', 'ChainMap', 'deque',
                            'UserDict', 'UserList', 'UserString'):
                        kind = c.__name__
                        break
                    if '__repr__' in getattr(c, '__dict__', {}):
                        break
                if kind is None:
                    return False
        if kind == 'ChainMap':
            if not obj.maps or len(obj.maps) == 1 and not obj.maps[0]:
                return False
        elif kind not in ('dataclass', 'SimpleNamespace') and not len(obj):
            return False
        oid = id(obj)
        ctx[oid] = 1
        level += 1
        head = name + '('
        if kind == 'OrderedDict':
            out.append(head)
            self._format(list(obj.items()), out, indent + len(head), allowance + 1, ctx, level)
            out.append(')')
        elif kind == 'defaultdict':
            sub = indent + len(head)
            out.append('%s%s,\n%s{' % (head, self._repr(obj.default_factory, ctx, self._depth, level), ' ' * sub))
            if self._indent > 1:
                out.append(' ' * (self._indent - 1))
            items = _sorted(obj.items()) if self._sort else list(obj.items())
            self._dict_items(items, out, sub + self._indent, allowance + 2, ctx, level)
            out.append('})')
        elif kind == 'Counter':
            out.append(head + '{')
            if self._indent > 1:
                out.append(' ' * (self._indent - 1))
            self._dict_items(obj.most_common(), out, indent + len(head) + self._indent, allowance + 2, ctx, level)
            out.append('})')
        elif kind == 'ChainMap':
            sub = indent + len(head)
            out.append(head)
            last = len(obj.maps) - 1
            for i, m in enumerate(obj.maps):
                self._format(m, out, sub, allowance + 1 if i == last else 1, ctx, level)
                out.append(')' if i == last else ',\n' + ' ' * sub)
        elif kind == 'deque':
            sub = indent + len(head)
            out.append(head + '[')
            if self._indent > 1:
                out.append(' ' * (self._indent - 1))
            if obj.maxlen is None:
                self._items(list(obj), out, sub + self._indent, allowance + 2, ctx, level)
                out.append('])')
            else:
                self._items(list(obj), out, sub + self._indent, 2, ctx, level)
                out.append('],\n%smaxlen=%s)' % (' ' * sub, self._repr(obj.maxlen, ctx, self._depth, level)))
        elif kind in ('UserDict', 'UserList', 'UserString'):
            # laid out as the dict, list or str they hold, which is their repr
            self._format(obj.data, out, indent, allowance, ctx, level - 1)
        elif kind == 'mappingproxy':
            out.append('mappingproxy(')
            self._format(dict(obj), out, indent + 13, allowance + 1, ctx, level)
            out.append(')')
        elif kind in ('dataclass', 'SimpleNamespace'):
            if kind == 'SimpleNamespace':
                if t.__name__ == 'SimpleNamespace':
                    head = 'namespace('
                items = list(obj.__dict__.items())
            else:
                import dataclasses
                items = [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.repr]
            sub = indent + len(head)
            out.append(head)
            last = len(items) - 1
            for i, (k, v) in enumerate(items):
                out.append(k + '=')
                if id(v) in ctx:
                    out.append('...')  # as the dataclass repr shows a cycle
                else:
                    self._format(v, out, sub + len(k) + 1, allowance if i == last else 1, ctx, level)
                if i != last:
                    out.append(',\n' + ' ' * sub)
            out.append(')')
        else:
            del ctx[oid]
            return False
        del ctx[oid]
        return True

    def _dict_items(self, items, out, indent, allowance, ctx, level):
        delim = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (k, v) in enumerate(items):
            kr = self._repr(k, {}, self._depth, level)
            out.append(kr)
            out.append(': ')
            self._format(v, out, indent + len(kr) + 2, allowance if i == last else 1, ctx, level)
            if i != last:
                out.append(delim)

    def _items(self, items, out, indent, allowance, ctx, level):
        # indent is where the items start; the container wrote its padding
        newline_sep = ',\n' + ' ' * indent
        sep = ''                                # none before the first item
        line_room = self._width - indent + 1    # +1: no ',' after the last
        left = line_room                        # compact: room on this line
        last = len(items) - 1
        for i, x in enumerate(items):
            # only the last item has to leave room for the closing bracket
            end = allowance if i == last else 0
            if self._compact:
                r = self._repr(x, {}, self._depth, level)
                need = len(r) + 2
                if left - end < need:
                    left = line_room            # go on at a fresh line
                    if sep:
                        sep = newline_sep
                if left - end >= need:
                    out.append(sep)
                    out.append(r)
                    left -= need
                    sep = ', '
                    continue
            out.append(sep)
            sep = newline_sep
            self._format(x, out, indent, end if i == last else 1, ctx, level)

    def _bytes(self, b, out, indent, allowance, level):
        # too long for one line: implicitly joined b'' literals, one a line
        # (in parentheses at the top level); bytearray(...) around them
        if isinstance(b, bytearray):
            out.append('bytearray(')
            self._bytes(bytes(b), out, indent + 10, allowance + 1, level + 1)
            out.append(')')
            return
        b = bytes(b)  # a subclass's pieces are bytes too (and its len() fails here)
        if len(b) <= 4:
            out.append(repr(b))
            return
        if level == 0:
            indent += 1
            allowance += 1
            out.append('(')
        out.append(('\n' + ' ' * indent).join(_bytes_chunks(b, self._width - indent, allowance)))
        if level == 0:
            out.append(')')

    def _str(self, s, out, indent, allowance, level):
        if not s:
            out.append(repr(s))  # '' (splitlines() gives no line for it)
            return
        top = level == 0
        if top:
            # a split top-level string is wrapped in parentheses
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = s.splitlines(True)
        last = len(lines) - 1
        chunks = []
        for n, line in enumerate(lines):
            # what follows the string only has to fit after its last line
            tail = allowance if n == last else 0
            whole = repr(line)
            if len(whole) <= room - tail:
                chunks.append(whole)
            else:
                chunks.extend(_pack_words(_words(line), room, tail))
        if len(chunks) == 1:
            out.append(repr(s))
            return
        body = ('\n' + ' ' * indent).join(chunks)
        out.append('(' + body + ')' if top else body)


def _pack_words(words, room, tail):
    # Greedily joins words into string literals no wider than room; the
    # piece holding the final word must leave tail columns free as well.
    pieces = []
    cur = ''
    final = len(words) - 1
    for k, word in enumerate(words):
        limit = room - tail if k == final else room
        if len(repr(cur + word)) <= limit:
            cur += word
            continue
        if cur:
            pieces.append(repr(cur))
        cur = word
    if cur:
        pieces.append(repr(cur))
    return pieces


def _base_repr(t, bases):
    # whether t prints with the repr of the first of bases in its MRO (as
    # CPython's pprint picks its layout by type(obj).__repr__)
    for c in t.__mro__:
        if c in bases:
            return True
        if '__repr__' in getattr(c, '__dict__', {}):
            return False
    return False


def _bytes_chunks(b, width, allowance):
    # the reprs of b cut, at 4-byte steps, into pieces that fit width (the
    # last one allowance less), as CPython wraps long bytes
    cur = b''
    last = len(b) // 4 * 4
    out = []
    for i in range(0, len(b), 4):
        cand = cur + b[i:i + 4]
        if i == last:
            width -= allowance
        if len(repr(cand)) > width:
            if cur:
                out.append(repr(cur))
            cur = b[i:i + 4]
        else:
            cur = cand
    if cur:
        out.append(repr(cur))
    return out


def _words(line):
    # split after runs of whitespace, keeping it with the preceding word
    out = []
    cur = ''
    prev_space = False
    for ch in line:
        if prev_space and not ch.isspace():
            out.append(cur)
            cur = ''
        cur += ch
        prev_space = ch.isspace()
    if cur:
        out.append(cur)
    return out


def _us(n):
    s = str(abs(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ('-' if n < 0 else '') + '_'.join(parts)
