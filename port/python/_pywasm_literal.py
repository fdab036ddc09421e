"""The tokenizer behind ast.literal_eval: splits an expression's source
into numbers, string literals (prefixes, escapes and CPython 3.11's
SyntaxError messages for bad ones), names, operators and newlines."""

_SPACE = ' \t\f'
_OCTAL = '01234567'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\x07', 'b': '\x08',
                   'f': '\x0c', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\x0b'}
_PREFIXES = ('', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf')
# longest first, so that '**' is not read as two '*'
_OPERATORS = ('**=', '//=', '>>=', '<<=', '...', '!=', '==', '<=', '>=', '->', ':=',
              '**', '//', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=',
              '^=', '@=')


def syntax_error(msg, line):
    """A SyntaxError carrying msg, filename and lineno as CPython's does."""
    exc = SyntaxError(msg)
    for attr, value in (('msg', msg), ('filename', '<unknown>'), ('lineno', line)):
        try:
            setattr(exc, attr, value)
        except (AttributeError, TypeError):
            pass
    return exc


def _ident_char(c):
    return c.isalpha() or c.isdigit() or c == '_' or c > '\x7f'


def scan(src):
    """src as a list of tokens (kind, value, line); kind is 'num', 'str'
    (value: (text, is_bytes, is_fstring)), 'name', 'op' or 'nl'."""
    tokens = []
    i, n, line, depth = 0, len(src), 1, 0
    while i < n:
        c = src[i]
        if c in _SPACE:
            i += 1
        elif c == '#':
            while i < n and src[i] not in '\r\n':
                i += 1
        elif c == '\\':
            if src[i + 1:i + 2] == '\n':
                i += 2
            elif src[i + 1:i + 3] == '\r\n':
                i += 3
            else:
                raise syntax_error('unexpected character after line continuation character', line)
            line += 1
        elif c in '\r\n':
            i += 2 if src[i:i + 2] == '\r\n' else 1
            if depth == 0:
                tokens.append(('nl', None, line))
            line += 1
        elif c.isdigit() or (c == '.' and src[i + 1:i + 2].isdigit()):
            value, i = _number(src, i, line)
            tokens.append(('num', value, line))
        elif c in '\'"':
            i, line = _string(src, i, i, '', line, tokens)
        elif _ident_char(c):
            j = i
            while j < n and _ident_char(src[j]):
                j += 1
            word = src[i:j]
            if j < n and src[j] in '\'"' and word.lower() in _PREFIXES:
                i, line = _string(src, i, j, word.lower(), line, tokens)
            else:
                tokens.append(('name', word, line))
                i = j
        else:
            op = c
            for candidate in _OPERATORS:
                if src.startswith(candidate, i):
                    op = candidate
                    break
            if op in '([{':
                depth += 1
            elif op in ')]}':
                if depth == 0:
                    raise syntax_error("unmatched '%s'" % op, line)
                depth -= 1
            elif c == '\0':
                raise syntax_error('source code string cannot contain null bytes', line)
            tokens.append(('op', op, line))
            i += len(op)
    return tokens


def _digits(src, i, line, allowed='0123456789'):
    """End of a run of digits starting at i, single underscores allowed
    between them."""
    n = len(src)
    while i < n:
        if src[i] == '_':
            if src[i + 1:i + 2] == '' or src[i + 1] not in allowed:
                raise syntax_error('invalid decimal literal', line)
            i += 1
        elif src[i] not in allowed:
            break
        i += 1
    return i


def _keyword_follows(src, i):
    # CPython 3.11 still reads '1if x else 2' (with a DeprecationWarning)
    for word in ('and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'):
        if src.startswith(word, i):
            return True
    return False


def _number(src, i, line):
    """(value, end) of the number literal starting at i."""
    start, n = i, len(src)
    base = {'x': 16, 'o': 8, 'b': 2}.get(src[i + 1:i + 2].lower()) if src[i] == '0' else None
    if base:
        name = {16: 'hexadecimal', 8: 'octal', 2: 'binary'}[base]
        allowed = _HEX if base == 16 else '01234567'[:base]
        i += 2
        if src[i:i + 1] == '_':
            i += 1
        if src[i:i + 1] == '' or src[i] not in allowed:
            if base < 16 and src[i:i + 1].isdigit():
                raise syntax_error("invalid digit '%s' in %s literal" % (src[i], name), line)
            raise syntax_error('invalid %s literal' % name, line)
        try:
            i = _digits(src, i, line, allowed)
        except SyntaxError:
            raise syntax_error('invalid %s literal' % name, line)
        if i < n and src[i].isdigit():
            raise syntax_error("invalid digit '%s' in %s literal" % (src[i], name), line)
        if i < n and _ident_char(src[i]):
            raise syntax_error('invalid %s literal' % name, line)
        return int(src[start + 2:i].replace('_', ''), base), i
    is_float = False
    if src[i] != '.':
        i = _digits(src, i, line)
    if src[i:i + 1] == '.':
        is_float = True
        i += 1
        if src[i:i + 1].isdigit():
            i = _digits(src, i, line)
    if src[i:i + 1] in ('e', 'E'):
        j = i + 1
        if src[j:j + 1] in ('+', '-'):
            j += 1
        if src[j:j + 1].isdigit():
            is_float = True
            i = _digits(src, j, line)
        elif not src.startswith('else', i):
            raise syntax_error('invalid decimal literal', line)
    text = src[start:i].replace('_', '')
    if src[i:i + 1] in ('j', 'J'):
        i += 1
        if i < n and _ident_char(src[i]) and not _keyword_follows(src, i):
            raise syntax_error('invalid imaginary literal', line)
        return complex(0, float(text)), i
    if i < n and _ident_char(src[i]) and not _keyword_follows(src, i):
        raise syntax_error('invalid decimal literal', line)
    if is_float:
        return float(text), i
    if text[0] == '0' and text.strip('0'):
        raise syntax_error('leading zeros in decimal integer literals are not permitted; '
                            'use an 0o prefix for octal integers', line)
    return int(text), i


def _string(src, start, i, prefix, line, tokens):
    """Read the string literal whose quote is at i; appends its token and
    returns (end, line after it)."""
    quote = src[i:i + 3] if src[i:i + 3] in ('"""', "'''") else src[i]
    first_line = line
    j, n = i + len(quote), len(src)
    while True:
        if j >= n:
            if len(quote) == 3:
                raise syntax_error('unterminated triple-quoted string literal '
                                    '(detected at line %d)' % line, first_line)
            raise syntax_error('unterminated string literal (detected at line %d)'
                                % line, first_line)
        c = src[j]
        if src.startswith(quote, j):
            break
        if c == '\\':
            if src[j + 1:j + 2] == '\n':
                line += 1
            j += 2
            continue
        if c == '\n':
            if len(quote) == 1:
                raise syntax_error('unterminated string literal (detected at line %d)'
                                    % line, first_line)
            line += 1
        j += 1
    body = src[i + len(quote):j]
    is_bytes = 'b' in prefix
    if is_bytes and any(ch > '\x7f' for ch in body):
        raise syntax_error('bytes can only contain ASCII literal characters', first_line)
    if 'f' in prefix:
        value = None  # a JoinedStr: never a literal
    elif 'r' in prefix:
        value = body.encode() if is_bytes else body
    else:
        value = _unescape(body, is_bytes, first_line)
    tokens.append(('str', (value, is_bytes, 'f' in prefix), first_line))
    return j + len(quote), line


def _unescape(body, is_bytes, line):
    out = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        i += 1
        if c != '\\':
            out.append(ord(c) if is_bytes else c)
            continue
        e = body[i]
        i += 1
        if e == '\n':
            continue
        if e in _SIMPLE_ESCAPES:
            ch = _SIMPLE_ESCAPES[e]
        elif e in _OCTAL:
            j = i
            while j < n and j < i + 2 and body[j] in _OCTAL:
                j += 1
            code = int(body[i - 1:j], 8)
            i = j
            ch = chr(code & 0xff if is_bytes else code)
        elif e == 'x' or (e in 'uU' and not is_bytes):
            width = {'x': 2, 'u': 4, 'U': 8}[e]
            digits = body[i:i + width]
            if len(digits) < width or any(d not in _HEX for d in digits):
                if is_bytes:
                    raise syntax_error('(value error) invalid \\x escape at position %d'
                                        % (i - 2), line)
                raise syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                    "position %d-%d: truncated \\%s escape"
                                    % (i - 2, i - 1 + len(digits), e + 'X' * width), line)
            code = int(digits, 16)
            if code > 0x10ffff:
                raise syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                    "position %d-%d: illegal Unicode character"
                                    % (i - 2, i + width - 1), line)
            i += width
            ch = chr(code)
        elif e == 'N' and not is_bytes:
            ch, i = _named(body, i, line)
        else:
            ch = '\\' + e  # unknown escapes stay as written
        if is_bytes:
            out.extend(ord(x) for x in ch)
        else:
            out.append(ch)
    return bytes(out) if is_bytes else ''.join(out)


def _named(body, i, line):
    """(character, end) of the \\N{NAME} escape whose '{' is at i."""
    end = body.find('}', i)
    name = body[i + 1:end] if body[i:i + 1] == '{' and end > i + 1 else None
    if name is not None:
        try:
            import unicodedata
            lookup = unicodedata.lookup
        except (ImportError, AttributeError):
            raise NotImplementedError('ast.literal_eval: \\N{...} escapes (no Unicode name database)')
        try:
            return lookup(name), end + 1
        except KeyError:
            pass
    reason = 'unknown Unicode character name' if name else 'malformed \\N character escape'
    raise syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "%d-%d: %s" % (i - 2, (end if name else i), reason), line)
