"""The value trees email._header_fold folds, built from a header's text:
unstructured text (words and white space), address lists (display-name
words, angle addresses and addr-specs that are never encoded, commas),
parameterized MIME values (the part before ';' whole, then parameters
that folding rewrites) and values kept whole (Message-ID, MIME-Version).
The shapes follow CPython's parse trees where folding looks at them."""
from email._header_fold import Term, Toks, WSP

def _split_ws(text):
    """Runs of white space and of other characters, in order."""
    out = []
    i, n = 0, len(text)
    while i < n:
        j = i
        if text[i] in WSP or text[i] in '\r\n':
            while j < n and (text[j] in WSP or text[j] in '\r\n'):
                j += 1
            out.append(Term(text[i:j], 'fws'))
        else:
            while j < n and not (text[j] in WSP or text[j] in '\r\n'):
                j += 1
            out.append(Term(text[i:j], 'vtext'))
        i = j
    return out


def unstructured_tree(value):
    return Toks('unstructured', _split_ws(value))


def whole_tree(value, kind='value'):
    """A value folding never takes apart (Message-ID, MIME-Version...)."""
    return Toks(kind, [Term(value, kind, ew=False)], ew=False)


def split_top(value, sep):
    """value split at sep where not inside quotes, <>, () or []."""
    out, cur = [], []
    depth = 0
    quoted = False
    i, n = 0, len(value)
    while i < n:
        c = value[i]
        if quoted:
            if c == '\\' and i + 1 < n:
                cur.append(value[i:i + 2])
                i += 2
                continue
            if c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in '(<[':
            depth += 1
        elif c in ')>]' and depth:
            depth -= 1
        elif c == sep and not depth:
            out.append(''.join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    out.append(''.join(cur))
    return out


def _phrase(text):
    """Display-name words: atoms and quoted strings, each with the white
    space after it (the first with the white space before it too)."""
    words = []
    i, n = 0, len(text)
    lead = ''
    while i < n and text[i] in WSP:
        i += 1
    lead = text[:i]
    while i < n:
        if text[i] == '"':
            j = i + 1
            inner = []
            while j < n and text[j] != '"':
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                inner.append(text[j])
                j += 1
            body = Toks('bare-quoted-string', _split_ptext(''.join(inner)), quoted=True)
            j += 1
            k = j
            while k < n and text[k] in WSP:
                k += 1
            parts = ([Term(lead, 'fws')] if lead else []) + [body] + ([Term(text[j:k], 'fws')] if k > j else [])
            words.append(Toks('quoted-string', parts))
        else:
            j = i
            while j < n and text[j] not in WSP and text[j] != '"':
                j += 1
            k = j
            while k < n and text[k] in WSP:
                k += 1
            parts = ([Term(lead, 'fws')] if lead else []) + [Term(text[i:j], 'atext')]
            if k > j:
                parts.append(Term(text[j:k], 'fws'))
            words.append(Toks('atom', parts))
        lead = ''
        i = k
    return words


def _split_ptext(text):
    out = _split_ws(text)
    for t in out:
        if t.token_type == 'vtext':
            t.token_type = 'ptext'
    return out


def address_tree(value):
    items = []
    for n, seg in enumerate(split_top(value, ',')):
        if n:
            items.append(Term(',', 'list-separator', ew=False, brk=False))
        lt = _top_index(seg, '<')
        if lt >= 0 and seg.rfind('>') > lt and ':' not in seg[:lt]:
            gt = seg.rfind('>')
            angle = [Term(seg[lt:gt + 1], 'angle-addr')]
            if seg[gt + 1:]:
                angle.append(Term(seg[gt + 1:], 'fws'))
            name = _phrase(seg[:lt])
            node = Toks('name-addr', [Toks('display-name', name)] + [Toks('angle-addr', angle, ew=False)])
        else:
            stripped = seg.lstrip(WSP)
            lead = seg[:len(seg) - len(stripped)]
            node = Toks('addr-spec', ([Term(lead, 'fws')] if lead else []) + [Term(stripped, 'addr-spec')],
                        ew=False)
        items.append(Toks('address', [node]))
    return Toks('address-list', items)


def _top_index(seg, ch):
    quoted = False
    for i, c in enumerate(seg):
        if c == '"':
            quoted = not quoted
        elif c == ch and not quoted:
            return i
    return -1


def params_tree(value, params, kind):
    """Content-Type/-Disposition: the value before the first ';' whole, then
    the parameters, which folding rewrites from params (name, value)."""
    head = split_top(value, ';')[0]
    parts = [Term(head, 'value')]
    if len(head) < len(value):
        parts.append(Term(';', 'parameter-separator'))
        mp = Toks('mime-parameters', [Term(value[len(head) + 1:], 'params')], brk=False)
        mp.params = params
        parts.append(mp)
    return Toks(kind, parts, ew=False, brk=False)


