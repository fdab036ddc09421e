"""DOCTYPE declarations for the XML scanner, handled as expat does without
reading any external file: the name and external ID go to the target's
doctype(); the internal subset's general entities (internal ones are
expanded in text and attribute values; external and unparsed ones give
expat's errors) and ATTLIST declarations (default values are added to
elements, tokenized types are whitespace-normalised) take effect; ELEMENT,
NOTATION, comments and processing instructions are skipped. A parameter
entity reference stops the processing of later declarations and makes
undefined entities fall back to XMLParser.entity, as in expat when the
document is not standalone."""
from xml.etree._chars import classes, newlines, _Incomplete, NMSTRT, COLON, WS

_TYPES = (b'CDATA', b'ID', b'IDREF', b'IDREFS', b'ENTITY', b'ENTITIES', b'NMTOKEN', b'NMTOKENS')


def _token(sc, i):
    # Skip white space and return the next token as (kind, start, end):
    # 'n' a name or name token, 'l' a quoted literal, '#' #KEYWORD, '%' a
    # parameter entity reference, '<!' a declaration keyword (end is after
    # the keyword), '<?' a processing instruction, '<!--' a comment (both
    # whole), or the character itself. Malformed tokens fail here, before
    # any syntax error, as in expat.
    buf = sc._buf
    cls = classes()
    while True:
        sc.need(i)
        if cls[buf[i]] != WS:
            break
        i += 1
    c = buf[i]
    s = i
    if cls[c] <= COLON or c == 35:
        i += 1
        while True:
            sc.need(i)
            if cls[buf[i]] > COLON:
                break
            i += 1
        return ('#' if c == 35 else 'n'), s, i
    if c == 34 or c == 39:
        q = buf.find(buf[i:i + 1], i + 1, sc._endpos)
        if q < 0:
            raise _Incomplete(5, s)
        _follow(sc, q + 1, b'>%[')
        return 'l', s, q + 1
    if c == 37:
        if s + 1 >= sc._endpos:
            raise _Incomplete(5, s)
        if cls[buf[s + 1]] == WS or buf[s + 1] == 37:
            return '%ws', s, s + 1
        return '%', s, _pe_reference(sc, s)
    if c == 60:
        return _markup_token(sc, s)
    if c == 41:
        _follow(sc, s + 1, b'*+?|,)>')
    return chr(c), s, s + 1


def _follow(sc, i, allowed):
    # The character after a token must be white space or one of `allowed`.
    if i < sc._endpos and classes()[sc._buf[i]] != WS and sc._buf[i] not in allowed:
        sc.fail(4, i)


def _dtok(sc, i):
    # A token inside a declaration, where parameter entities are illegal.
    tok = _token(sc, i)
    if tok[0] == '%':
        sc.fail(10, tok[1])
    return tok


def _pe_reference(sc, s):
    # '%name;' at s (or '%' and white space, a syntax error for the caller).
    buf = sc._buf
    cls = classes()
    if s + 1 >= sc._endpos:
        raise _Incomplete(5, s)
    if cls[buf[s + 1]] != NMSTRT:
        sc.fail(4, s + 1)
    j = s + 2
    while True:
        if j >= sc._endpos:
            raise _Incomplete(5, s)
        if cls[buf[j]] >= COLON:
            break
        j += 1
    if buf[j] != 59:
        sc.fail(4, j)
    return j + 1


def _markup_token(sc, s):
    buf = sc._buf
    cls = classes()
    end = sc._endpos
    if s + 1 >= end:
        raise _Incomplete(5, s)
    c = buf[s + 1]
    if c == 63:
        k = buf.find(b'?>', s + 2, end)
        if k < 0:
            raise _Incomplete(5, s)
        return '<?', s, k + 2
    if c != 33:
        sc.fail(4, s + 1)
    if s + 2 >= end:
        raise _Incomplete(5, s)
    if buf[s + 2] == 45:
        if s + 3 >= end:
            raise _Incomplete(5, s)
        if buf[s + 3] != 45:
            sc.fail(4, s + 3)
        k = buf.find(b'--', s + 4, end)
        if k < 0 or k + 2 >= end:
            raise _Incomplete(5, s)
        if buf[k + 2] != 62:
            sc.fail(4, k + 2)
        return '<!--', s, k + 3
    j = s + 2
    while True:
        if j >= end:
            raise _Incomplete(5, s)
        if cls[buf[j]] > COLON:
            break
        j += 1
    if j == s + 2 or cls[buf[j]] != WS:
        sc.fail(4, j)
    return '<!', s, j


def _name(sc, tok):
    kind, s, e = tok
    if kind != 'n' or classes()[sc._buf[s]] != NMSTRT:
        sc.fail(2, s)
    return sc._buf[s:e]


def _literal(sc, tok):
    if tok[0] != 'l':
        sc.fail(2, tok[1])
    return sc._buf[tok[1] + 1:tok[2] - 1]


def doctype(sc, pos):
    """Parse '<!DOCTYPE' at buf[pos]; returns the offset after its '>'."""
    buf = sc._buf
    sc.entities, sc.attlists, sc.external_dtd = {}, {}, False
    sc.decls, sc.subset = [], None
    tok = _dtok(sc, pos + 9)
    name = _name(sc, tok).decode()
    pubid = system = None
    tok = _dtok(sc, tok[2])
    if tok[0] == 'n':
        word = buf[tok[1]:tok[2]]
        if word == b'PUBLIC':
            tok = _dtok(sc, tok[2])
            pubid = ' '.join(_literal(sc, tok).decode().split())
        elif word != b'SYSTEM':
            sc.fail(2, tok[1])
        tok = _dtok(sc, tok[2])
        system = _literal(sc, tok).decode()
        sc.external_dtd = True
        tok = _dtok(sc, tok[2])
    if tok[0] == '[':
        i = _subset(sc, tok[2])
        sc.subset = newlines(buf[tok[2]:i - 1]).decode()
        tok = _dtok(sc, i)
    if tok[0] != '>':
        sc.fail(2, tok[1])
    if sc.hooks is not None:
        _report(sc, sc.hooks, name, system, pubid, tok[1])
    if sc._doctype is not None:
        sc._doctype(name, pubid, system)
    return tok[2]


def _report(sc, h, name, system, pubid, at):
    # The pyexpat handlers of h, once the whole DOCTYPE was read: its start,
    # the entity declarations, the external subset (when parameter entity
    # parsing is on), its end.
    base = h._base
    if h.StartDoctypeDeclHandler is not None:
        h.StartDoctypeDeclHandler(name, system, pubid, int(sc.subset is not None))
    for ent, pe, value, sysid, pub, notation in sc.decls:
        if notation is not None and h.UnparsedEntityDeclHandler is not None:
            h.UnparsedEntityDeclHandler(ent, base, sysid, pub, notation)
        elif h.EntityDeclHandler is not None:
            h.EntityDeclHandler(ent, pe, value, base, sysid, pub, notation)
    f = h.ExternalEntityRefHandler
    if system is not None and f is not None and h._pe_parsing > (sc.standalone is True):
        if not f(None, base, system, pubid):
            sc.fail(21, at)
    if h.EndDoctypeDeclHandler is not None:
        h.EndDoctypeDeclHandler()


def _subset(sc, i):
    # The internal subset, up to and including its ']'.
    buf = sc._buf
    skip = False
    while True:
        kind, s, i = _token(sc, i)
        if kind == ']':
            if buf[i:i + 2] == b']>':
                # ']]>' is one token for expat.
                sc.fail(2, s)
            return i
        if kind == '%':
            # A parameter entity reference: expat stops processing here.
            skip = sc.external_dtd = True
        elif kind == '%ws':
            sc.fail(2, s)
        elif kind == '<!':
            word = buf[s + 2:i]
            if word == b'ENTITY':
                i = _entity(sc, i, skip)
            elif word == b'ATTLIST':
                i = _attlist(sc, i, skip)
            elif word in (b'ELEMENT', b'NOTATION'):
                i = _skip_declaration(sc, i, word == b'NOTATION')
            else:
                sc.fail(2, s)
        elif kind not in ('<?', '<!--'):
            sc.fail(2, s)


def _skip_declaration(sc, i, literals):
    # ELEMENT and NOTATION: tokens up to '>', no effect. A literal is wrong
    # in a content model but right in a NOTATION's external ID.
    tok = _dtok(sc, i)
    while tok[0] != '>':
        if tok[0] == 'l' and not literals:
            sc.fail(2, tok[1])
        tok = _dtok(sc, tok[2])
    return tok[2]


def _entity(sc, i, skip):
    buf = sc._buf
    tok = _dtok(sc, i) if buf[i:i + 1] != b'%' else _token(sc, i)
    pe = tok[0] == '%ws'
    if pe:
        tok = _dtok(sc, tok[2])
    name = _name(sc, tok)
    tok = _dtok(sc, tok[2])
    system = pubid = notation = None
    if tok[0] == 'l':
        # After a parameter entity reference expat does not read the value.
        entry = ('i', None if skip else _entity_value(sc, tok[1] + 1, tok[2] - 1))
        tok = _dtok(sc, tok[2])
    else:
        word = _name(sc, tok)
        if word not in (b'SYSTEM', b'PUBLIC'):
            sc.fail(2, tok[1])
        tok = _dtok(sc, tok[2])
        system = _literal(sc, tok).decode()
        if word == b'PUBLIC':
            pubid = ' '.join(system.split())
            tok = _dtok(sc, tok[2])
            system = _literal(sc, tok).decode()
        tok = _dtok(sc, tok[2])
        entry = ('x', None, system, pubid)
        if tok[0] == 'n' and buf[tok[1]:tok[2]] == b'NDATA' and not pe:
            tok = _dtok(sc, tok[2])
            notation = _name(sc, tok).decode()
            entry = ('n', None)
            tok = _dtok(sc, tok[2])
    if tok[0] != '>':
        sc.fail(2, tok[1])
    key = b'%' + name if pe else name
    if not skip and key not in sc.entities:
        sc.entities[key] = entry
        value = entry[1]
        sc.decls.append((name.decode(), int(pe), None if value is None else value.decode(), system, pubid, notation))
    return tok[2]


def _entity_value(sc, s, e):
    # Replacement text: character references are replaced now, entity
    # references are kept for when the entity is used; a parameter entity
    # reference is an error in the internal subset.
    buf = sc._buf
    cls = classes()
    out = []
    i = s
    while True:
        a = buf.find(b'&', i, e)
        p = buf.find(b'%', i, e)
        if 0 <= p and (a < 0 or p < a):
            j = p + 1
            if j < e and cls[buf[j]] != NMSTRT:
                sc.fail(4, j)
            while j < e and cls[buf[j]] < COLON:
                j += 1
            if j >= e:
                sc.fail(4, p)
            sc.fail(10 if buf[j] == 59 else 4, p if buf[j] == 59 else j)
        if a < 0:
            out.append(buf[i:e])
            break
        out.append(buf[i:a])
        seg = buf[a:e]
        kind, value, k = sc.reference(seg, 0, a, True)
        if kind == 'c':
            out.append(value.encode())
        else:
            out.append(seg[:k])
        i = a + k
    return newlines(b''.join(out))


def _attlist(sc, i, skip):
    buf = sc._buf
    tok = _dtok(sc, i)
    element = _name(sc, tok)
    decls = sc.attlists.get(element)
    while True:
        tok = _dtok(sc, tok[2])
        if tok[0] == '>':
            return tok[2]
        att = _name(sc, tok)
        tok = _dtok(sc, tok[2])
        if tok[0] == 'n':
            word = buf[tok[1]:tok[2]]
            if word == b'NOTATION':
                tok = _dtok(sc, tok[2])
                if tok[0] != '(':
                    sc.fail(2, tok[1])
            elif word not in _TYPES:
                sc.fail(2, tok[1])
            cdata = word == b'CDATA'
        elif tok[0] == '(':
            cdata = False
        else:
            sc.fail(2, tok[1])
        if tok[0] == '(':
            while tok[0] != ')':
                tok = _dtok(sc, tok[2])
        tok = _dtok(sc, tok[2])
        default = None
        if tok[0] == '#':
            word = buf[tok[1]:tok[2]]
            if word == b'#FIXED':
                tok = _dtok(sc, tok[2])
            elif word not in (b'#REQUIRED', b'#IMPLIED'):
                sc.fail(2, tok[1])
        if tok[0] == 'l':
            default = _default_value(sc, tok[1] + 1, tok[2] - 1)
        elif tok[0] != '#':
            sc.fail(2, tok[1])
        if skip:
            continue
        if decls is None:
            decls = sc.attlists[element] = []
        if all(d[0] != att for d in decls):
            decls.append((att, cdata, default))


def _default_value(sc, s, e):
    buf = sc._buf
    lt = buf.find(b'<', s, e)
    if lt >= 0:
        sc.fail(4, lt)
    parts = []
    sc._tagpos = s
    sc.expand(buf[s:e], s, parts, True)
    return ''.join(parts)


def apply_defaults(decls, names, values):
    """Add declared defaults to a start tag's attribute lists and normalise
    the values of tokenized attribute types."""
    for att, cdata, default in decls:
        if att in names:
            if not cdata:
                k = names.index(att)
                values[k] = ' '.join(w for w in values[k].split(' ') if w)
        elif default is not None:
            names.append(att)
            values.append(default if cdata else ' '.join(w for w in default.split(' ') if w))
