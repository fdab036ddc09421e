"""The ElementPath subset of find/findall/findtext/iterfind.

Supported: tag, '*', '.', '..', '//', '{uri}tag', '{*}tag', '{}tag',
'{uri}*', prefixes through namespaces= (and '' for a default namespace),
and the predicates [@a], [@a='v'], [@a!='v'], [tag], [tag='text'],
[tag!='text'], [.='text'], [.!='text'], [n], [last()] and [last()-n].

A path is split into tokens by hand, compiled into a list of step
functions (each maps the list of current elements to the next list) and
cached."""

_OPS2 = ('::', '//', '..', '()', '!=')
_OPS1 = '/.*:[]()@=,'
_STOP = '/[]()@!= \t\r\n'
_compiled = {}


class _Walk:
    # Evaluation state: the element the search started from and, built on
    # first use, a child -> parent map for '..' and positions.
    def __init__(self, top):
        self.top = top
        self._up = None

    def parent(self, node):
        if self._up is None:
            up = {}
            for p in self.top.iter():
                for k in p:
                    up[id(k)] = p
            self._up = up
        return self._up.get(id(node))


def _split(path):
    """Tokens as (operator, name) pairs: one of them is ''."""
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c in ' \t\r\n':
            i += 1
            continue
        if c == '"' or c == "'":
            k = path.find(c, i + 1)
            if k >= 0:
                out.append((path[i:k + 1], ''))
                i = k + 1
                continue
        two = path[i:i + 2]
        if two in _OPS2:
            out.append((two, ''))
            i += 2
            continue
        if c in _OPS1:
            out.append((c, ''))
            i += 1
            continue
        j = i
        if c == '{':
            close = path.find('}', i + 2)
            if close > 0:
                j = close + 1
        while j < n and path[j] not in _STOP:
            j += 1
        if j == i:
            i += 1                          # a lone '!': not a token
            continue
        out.append(('', path[i:j]))
        i = j
    return out


def _qualify(tokens, namespaces):
    # Replace 'prefix:name' (and, with a '' entry, bare names other than
    # attribute names) by '{uri}name'.
    default = namespaces.get('') if namespaces else None
    done = []
    after_at = False
    for op, name in tokens:
        if name and name[0] != '{':
            if ':' in name:
                prefix, local = name.split(':', 1)
                uri = namespaces.get(prefix) if namespaces else None
                if uri is None:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix)
                name = '{%s}%s' % (uri, local)
            elif default and not after_at:
                name = '{%s}%s' % (default, name)
        done.append((op, name))
        after_at = op == '@'
    return done


def _matcher(name):
    """A test on a tag for a name step: exact, or a {*}/{}/{uri}* pattern."""
    if name == '*':
        return lambda tag: True
    if name[:3] == '{*}':
        local = name[3:]
        if local == '*':
            return lambda tag: isinstance(tag, str)
        return lambda tag: isinstance(tag, str) and (tag == local or tag.endswith('}' + local))
    if name[:2] == '{}':
        local = name[2:]
        if local == '*':
            return lambda tag: isinstance(tag, str) and tag[:1] != '{'
        return lambda tag: tag == local
    if name[-2:] == '}*':
        head = name[:-1]
        return lambda tag: isinstance(tag, str) and tag.startswith(head)
    return lambda tag: tag == name


def _children(test):
    def step(walk, nodes):
        return [k for p in nodes for k in p if test(k.tag)]
    return step


def _descendants(test):
    def step(walk, nodes):
        found = []
        for p in nodes:
            for k in p.iter():
                if k is not p and test(k.tag):
                    found.append(k)
        return found
    return step


def _self(walk, nodes):
    return nodes


def _parents(walk, nodes):
    seen = set()
    out = []
    for node in nodes:
        p = walk.parent(node)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            out.append(p)
    return out


def _text_of(node):
    return ''.join(node.itertext())


def _keep(test):
    def step(walk, nodes):
        return [n for n in nodes if test(n)]
    return step


def _position(index):
    # index counts from 0, or from the end when negative; among the
    # siblings that share the element's tag.
    def step(walk, nodes):
        out = []
        for node in nodes:
            p = walk.parent(node)
            if p is None:
                continue
            same = [k for k in p if k.tag == node.tag]
            if -len(same) <= index < len(same) and same[index] is node:
                out.append(node)
        return out
    return step


def _unquote(tok):
    op = tok[0]
    if op[:1] in ('"', "'"):
        return op[1:-1]
    raise SyntaxError('invalid predicate')


def _predicate(parts):
    """Compile the tokens between '[' and ']'."""
    ops = [op for op, name in parts]
    names = [name for op, name in parts]
    n = len(parts)
    if n == 2 and ops[0] == '@' and names[1]:
        key = names[1]
        return _keep(lambda e: e.get(key) is not None)
    if n == 4 and ops[0] == '@' and names[1] and ops[2] in ('=', '!='):
        key, want, equal = names[1], _unquote(parts[3]), ops[2] == '='
        return _keep(lambda e: e.get(key) is not None and (e.get(key) == want) == equal)
    if n == 1 and names[0]:
        word = names[0]
        digits = word[1:] if word[:1] == '-' else word
        if not digits.isdigit():
            test = _matcher(word)
            return _keep(lambda e: any(test(k.tag) for k in e))
        index = int(word) - 1
        if index < 0:
            raise SyntaxError('XPath position >= 1 expected')
        return _position(index)
    if n == 3 and (names[0] or ops[0] == '.') and ops[1] in ('=', '!=') and ops[2][:1] in ('"', "'"):
        want, equal = _unquote(parts[2]), ops[1] == '='
        if ops[0] == '.':
            return _keep(lambda e: (_text_of(e) == want) == equal)
        test = _matcher(names[0])
        return _keep(lambda e: any(test(k.tag) and (_text_of(k) == want) == equal for k in e))
    if (n == 2 or n == 3) and names[0] and ops[1] == '()':
        if names[0] != 'last':
            raise SyntaxError('unsupported function')
        if n == 2:
            return _position(-1)
        try:
            index = int(names[2]) - 1
        except ValueError:
            raise SyntaxError('unsupported expression')
        if index > -2:
            raise SyntaxError('XPath offset from last() must be negative')
        return _position(index)
    raise SyntaxError('invalid predicate')


def _compile(path, namespaces):
    if path[-1:] == '/':
        path += '*'
    tokens = _qualify(_split(path), namespaces)
    if tokens and tokens[0][0][:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    steps = []
    i, n = 0, len(tokens)
    while i < n:
        op, name = tokens[i]
        i += 1
        if name or op == '*':
            steps.append(_children(_matcher(name or '*')))
        elif op == '.':
            steps.append(_self)
        elif op == '..':
            steps.append(_parents)
        elif op == '//':
            if i >= n or not (tokens[i][1] or tokens[i][0] == '*'):
                raise SyntaxError('invalid descendant')
            steps.append(_descendants(_matcher(tokens[i][1] or '*')))
            i += 1
        elif op == '[':
            close = i
            while close < n and tokens[close][0] != ']':
                close += 1
            if close >= n:
                raise SyntaxError('invalid path')
            steps.append(_predicate(tokens[i:close]))
            i = close + 1
        else:
            raise KeyError(op)
        # A step is followed by a predicate, a '/' (skipped) or the end.
        if i < n and tokens[i][0] == '/':
            i += 1
    return steps


def _simple(path):
    for c in path:
        if c in '/*[@.{':
            return False
    return True


def select(elem, path, namespaces=None):
    if not isinstance(path, str):
        raise TypeError('path must be a str')
    if not namespaces and _simple(path):
        # Just a child tag (':' or '|' are then part of the name).
        return [k for k in elem if k.tag == path]
    key = path
    if namespaces:
        key = (path, tuple(sorted(namespaces.items())))
    steps = _compiled.get(key)
    if steps is None:
        if len(_compiled) > 100:
            _compiled.clear()
        steps = _compiled[key] = _compile(path, namespaces)
    walk = _Walk(elem)
    nodes = [elem]
    for step in steps:
        nodes = step(walk, nodes)
        if not nodes:
            break
    return nodes


def first(elem, path, namespaces=None):
    found = select(elem, path, namespaces)
    return found[0] if found else None
