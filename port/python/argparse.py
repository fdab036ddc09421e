"""argparse: ArgumentParser with positional and optional arguments, actions
store/store_const/store_true/store_false/append/append_const/extend/count/
help/version and BooleanOptionalAction, nargs (N, ?, *, +, REMAINDER), type,
choices, default, required, dest, metavar, subparsers, argument groups,
mutually exclusive groups, parse_known_args, prefix abbreviations, and
CPython's usage, help and error texts. Formatter classes other than the
default, RawDescriptionHelpFormatter, RawTextHelpFormatter and
ArgumentDefaultsHelpFormatter are accepted but format like the default."""
import sys
import os
import _pywasm_compat

SUPPRESS = '==SUPPRESS=='
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, PARSER = '?', '*', '+', '...', 'A...'


class Namespace:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def _items(self):
        return list(self.__dict__.items())

    def __repr__(self):
        return 'Namespace(' + ', '.join('%s=%r' % kv for kv in self._items()) + ')'

    def __eq__(self, o):
        return isinstance(o, Namespace) and self.__dict__ == o.__dict__

    def __contains__(self, k):
        return k in self.__dict__


class ArgumentError(Exception):
    def __init__(self, action, message):
        self.argument_name = _aname(action)
        self.message = message
        super().__init__(message)

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _aname(a):
    if a is None:
        return None
    if a.option_strings:
        return '/'.join(a.option_strings)
    if a.metavar not in (None, SUPPRESS):
        return a.metavar if isinstance(a.metavar, str) else a.metavar[0]
    if a.dest not in (None, SUPPRESS):
        return a.dest
    if a.choices:
        return '{' + ','.join(a.choices) + '}'
    return None


class HelpFormatter:
    # Only the settings are kept (the parser does the formatting); a
    # formatter_class may be any callable making one, as in CPython, e.g.
    # lambda prog: HelpFormatter(prog, max_help_position=40, width=100).
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _width()
        self.prog = self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class MetavarTypeHelpFormatter(HelpFormatter):
    pass


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, s):
        if s == '-':
            return sys.stdin if 'r' in self._mode else sys.stdout
        try:
            return open(s, self._mode)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (s, e))


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings, self.dest, self.nargs, self.const = option_strings, dest, nargs, const
        self.default, self.type, self.choices, self.required = default, type, choices, required
        self.help, self.metavar = help, metavar
        self.container = None

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')

    def format_usage(self):
        return self.option_strings[0]


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kw):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs, **kw)

    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, required=required, help=help)

    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __call__(self, parser, ns, values, option_string=None):
        cur = getattr(ns, self.dest, None)
        cur = [] if cur is None else list(cur)
        cur.append(values)
        setattr(ns, self.dest, cur)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, ns, values, option_string=None):
        cur = getattr(ns, self.dest, None)
        cur = [] if cur is None else list(cur)
        cur.extend(values)
        setattr(ns, self.dest, cur)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, ns, values, option_string=None):
        cur = getattr(ns, self.dest, None)
        cur = [] if cur is None else list(cur)
        cur.append(self.const)
        setattr(ns, self.dest, cur)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, default=default, required=required, help=help)

    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, (getattr(ns, self.dest, None) or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, ns, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, ns, values, option_string=None):
        v = self.version.replace('%(prog)s', parser.prog) if self.version else ''
        sys.stdout.write(v + '\n')
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        opts = []
        for o in option_strings:
            opts.append(o)
            if o.startswith('--'):
                opts.append('--no-' + o[2:])
        Action.__init__(self, opts, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, ns, values, option_string=None):
        if option_string in self.option_strings:
            setattr(ns, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._names = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, choices={}, required=required, help=help,
                        metavar=metavar)
        # CPython's name for the same dict: plac and others look parsers up in it
        self._name_parser_map = self.choices
        self._order = []

    def add_parser(self, name, **kw):
        if kw.get('prog') is None:
            kw['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kw.pop('aliases', ())
        help = kw.pop('help', None)
        p = self._parser_class(**kw)
        for n in (name,) + tuple(aliases):
            self.choices[n] = p
            # Aliases are choices too: CPython lists them in the usage
            # metavar and in the 'invalid choice' message.
            self._order.append(n)
        if help is not None:
            ca = Action([], name, help=help, metavar=name + (' (%s)' % ', '.join(aliases) if aliases else ''))
            self._choices_actions.append(ca)
        return p

    def _choice_names(self):
        return self._order

    def __call__(self, parser, ns, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(ns, self.dest, name)
        try:
            sub = self.choices[name]
        except KeyError:
            raise ArgumentError(self, 'invalid choice: %r (choose from %s)' % (
                name, ', '.join(repr(c) for c in self._order)))
        subns, extras = sub.parse_known_args(rest, None)
        for k, v in subns._items():
            setattr(ns, k, v)
        if extras:
            ns.__dict__.setdefault('_UNRECOGNIZED_ARGS_ATTR', []).extend(extras)


# (the classes have CPython's names: tools subclass _AppendAction and test
# actions against _SubParsersAction)
_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction, 'append': _AppendAction,
            'append_const': _AppendConstAction, 'count': _CountAction, 'help': _HelpAction,
            'version': _VersionAction, 'extend': _ExtendAction, 'parsers': _SubParsersAction}


class _Group:
    def __init__(self, parser, title=None, description=None, required=False, mutex=False):
        self._p, self.title, self.description, self.required = parser, title, description, required
        self._group_actions = []
        self._mutex = mutex

    def add_argument(self, *a, **kw):
        act = self._p.add_argument(*a, _group=self if not self._mutex else None, **kw)
        self._group_actions.append(act)
        if self._mutex:
            if act.required:
                raise ValueError('mutually exclusive arguments must be optional')
            act._mutex = self
        return act

    def add_mutually_exclusive_group(self, required=False):
        g = self._p.add_mutually_exclusive_group(required=required)
        g._parent = self
        return g

    def add_argument_group(self, *a, **kw):
        return self._p.add_argument_group(*a, **kw)

    def set_defaults(self, **kw):
        self._p.set_defaults(**kw)


def _width():
    try:
        return int(os.environ['COLUMNS']) - 2
    except (KeyError, ValueError):
        return 78


def _wrap(text, width, indent=''):
    import textwrap
    text = ' '.join(text.split())
    return textwrap.wrap(text, max(width - len(indent), 11)) if text else []


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else 'python'
        self.prog, self.usage, self.description, self.epilog = prog, usage, description, epilog
        self.formatter_class, self.prefix_chars = formatter_class, prefix_chars
        self.argument_default, self.add_help, self.allow_abbrev = argument_default, add_help, allow_abbrev
        self.exit_on_error, self.conflict_handler = exit_on_error, conflict_handler
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self._actions = []
        self._defaults = {}
        self._pos_group = _Group(self, 'positional arguments')
        self._opt_group = _Group(self, 'options')
        self._groups = [self._pos_group, self._opt_group]
        self._mutex_groups = []
        self._subparsers = None
        if add_help:
            self.add_argument(prefix_chars[0] + 'h', prefix_chars[0] * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for p in parents:
            for a in p._actions:
                if not isinstance(a, _HelpAction):
                    self._add_action(a, None)
            self._defaults.update(p._defaults)

    # ---- building ----
    def add_argument(self, *args, _group=None, **kw):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and 'dest' in kw:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kw.pop('dest')
            kw['dest'] = dest
            opts = []
            if 'required' in kw:
                raise TypeError("'required' is an invalid argument for positionals")
            if kw.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kw['required'] = True
            if kw.get('nargs') == ZERO_OR_MORE and 'default' not in kw:
                kw['required'] = True
        else:
            opts = list(args)
            for o in opts:
                if not o or o[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r' % (o, chars))
            if 'dest' not in kw or kw['dest'] is None:
                longs = [o for o in opts if len(o) > 1 and o[1] in chars]
                d = (longs or opts)[0].lstrip(chars)
                kw['dest'] = d.replace('-', '_')
        if 'default' not in kw:
            d = kw['dest']
            if d in self._defaults:
                kw['default'] = self._defaults[d]
            elif self.argument_default is not None:
                kw['default'] = self.argument_default
        action = kw.pop('action', None)
        cls = _ACTIONS.get(action, action) if not isinstance(action, type) else action
        if cls is None or not callable(cls):
            raise ValueError('unknown action "%s"' % (action,))
        t = kw.get('type')
        if t is not None and not callable(t):
            raise ValueError('%r is not callable' % (t,))
        a = cls(opts, **kw)
        return self._add_action(a, _group)

    def _add_action(self, a, group):
        for o in a.option_strings:
            for b in self._actions:
                if o in b.option_strings:
                    if self.conflict_handler == 'resolve':
                        b.option_strings.remove(o)
                        if not b.option_strings:
                            self._actions.remove(b)
                            for g in self._groups + self._mutex_groups:
                                if b in g._group_actions:
                                    g._group_actions.remove(b)
                    else:
                        raise ArgumentError(a, 'conflicting option string: %s' % o)
        self._actions.append(a)
        a._mutex = getattr(a, '_mutex', None)
        (group or (self._opt_group if a.option_strings else self._pos_group))._group_actions.append(a) \
            if group is None else None
        if group is not None and a not in group._group_actions:
            pass
        a._group = group or (self._opt_group if a.option_strings else self._pos_group)
        return a

    def add_argument_group(self, title=None, description=None, **kw):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _Group(self, required=required, mutex=True)
        self._mutex_groups.append(g)
        return g

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None, action=None,
                       dest=SUPPRESS, required=False, help=None, metavar=None, **kw):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        if prog is None:
            pos = [a for a in self._actions if not a.option_strings]
            prog = self._usage_prefix(pos)
        sp = _SubParsersAction([], prog, parser_class or type(self), dest=dest, required=required, help=help,
                         metavar=metavar)
        g = self._pos_group
        if title is not None or description is not None:
            g = self.add_argument_group(title or 'subcommands', description)
        self._add_action(sp, g if g is not self._pos_group else None)
        if g is not self._pos_group:
            g._group_actions.append(sp)
            self._pos_group._group_actions.remove(sp) if sp in self._pos_group._group_actions else None
        self._subparsers = sp
        return sp

    def _usage_prefix(self, pos):
        # CPython 3.11 builds a subcommand's prog from the parent's usage
        # with only its positionals: required options are left out.
        parts = [self.prog]
        for a in pos:
            parts.append(self._fmt_args(a, _metavar(a, a.dest)))
        return ' '.join(p for p in parts if p)

    def set_defaults(self, **kw):
        self._defaults.update(kw)
        for a in self._actions:
            if a.dest in kw:
                a.default = kw[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    # ---- parsing ----
    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    _phase = None  # parse_known_intermixed_args: 'pos' skips positionals, 'opt' optionals

    def parse_intermixed_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Options first, with every positional left aside, then the
        # positionals from what is left, as CPython's two passes.
        for a in self._actions:
            if not a.option_strings and a.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % a.nargs)
        try:
            self._phase = 'pos'
            ns, rest = self.parse_known_args(args, namespace)
            self._phase = 'opt'
            return self.parse_known_args(rest, ns)
        finally:
            self._phase = None

    def parse_known_args(self, args=None, namespace=None):
        args = list(sys.argv[1:] if args is None else args)
        ns = Namespace() if namespace is None else namespace
        for a in self._actions:
            if self._phase == 'pos' and not a.option_strings:
                continue
            if a.dest is not SUPPRESS and not hasattr(ns, a.dest) and a.default is not SUPPRESS:
                setattr(ns, a.dest, a.default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        if self.exit_on_error:
            try:
                ns, extras = self._parse(args, ns)
            except ArgumentError as e:
                self.error(str(e))
        else:
            ns, extras = self._parse(args, ns)
        if '_UNRECOGNIZED_ARGS_ATTR' in ns.__dict__:
            extras.extend(ns._UNRECOGNIZED_ARGS_ATTR)
            delattr(ns, '_UNRECOGNIZED_ARGS_ATTR')
        return ns, extras

    def _is_opt(self, s):
        if not s or s[0] not in self.prefix_chars or s == '-' or len(s) == 1:
            return False
        # A negative number ('-5', '-.5', '-1.5' but not '-1e3', as CPython
        # decides) is a positional unless some option looks like one.
        whole, dot, frac = s[1:].partition('.')
        if (whole.isdigit() and not dot) or (dot and frac.isdigit() and (not whole or whole.isdigit())):
            return any(o[1:2].isdigit() for a in self._actions for o in a.option_strings)
        if ' ' in s and not self._find_opt(s.split('=', 1)[0], quiet=True):
            return False
        return True

    def _find_opt(self, s, quiet=False):
        for a in self._actions:
            if s in a.option_strings:
                return a, s
        if self.allow_abbrev and len(s) > 2 and s[1] in self.prefix_chars:
            m = [(a, o) for a in self._actions for o in a.option_strings if o.startswith(s) and len(o) > 2]
            if len(m) > 1 and not quiet:
                raise ArgumentError(None, 'ambiguous option: %s could match %s' % (s, ', '.join(o for _, o in m)))
            if len(m) == 1:
                return m[0]
        return None

    def _convert(self, a, v):
        t = a.type
        if t is None:
            r = v
        else:
            try:
                r = t(v)
            except ArgumentTypeError as e:
                raise ArgumentError(a, str(e))
            except (TypeError, ValueError):
                name = getattr(t, '__name__', repr(t))
                raise ArgumentError(a, 'invalid %s value: %r' % (name, v))
        if a.choices is not None and not isinstance(a, _SubParsersAction) and r not in a.choices:
            raise ArgumentError(a, 'invalid choice: %r (choose from %s)' % (
                r, ', '.join(repr(c) for c in a.choices)))
        return r

    def _values(self, a, strs):
        n = a.nargs
        if n is None:
            return self._convert(a, strs[0])
        if n == OPTIONAL:
            if not strs:
                if a.option_strings:
                    return a.const
                d = a.default
                return self._convert(a, d) if isinstance(d, str) else d
            return self._convert(a, strs[0])
        if n == REMAINDER:
            return list(strs)
        if n == PARSER:
            return [self._convert(a, strs[0])] + list(strs[1:])
        if n == ZERO_OR_MORE and not strs and not a.option_strings:
            d = a.default
            return d if d is not None else []
        return [self._convert(a, s) for s in strs]

    def _take(self, a, rest):
        # How many of the following argument strings an option consumes.
        n = a.nargs
        avail = 0
        while avail < len(rest) and (n == REMAINDER or not (self._is_opt(rest[avail]) or rest[avail] == '--')):
            avail += 1
        if n is None:
            if avail < 1:
                raise ArgumentError(a, 'expected one argument')
            return 1
        if n == OPTIONAL:
            return min(avail, 1)
        if n in (ZERO_OR_MORE, REMAINDER):
            return avail
        if n == ONE_OR_MORE:
            if avail < 1:
                raise ArgumentError(a, 'expected at least one argument')
            return avail
        if avail < n:
            raise ArgumentError(a, 'expected %d argument%s' % (n, 's' if n != 1 else ''))
        return n

    def _parse(self, args, ns):
        # CPython's algorithm: classify each string as option (O), argument
        # (A) or '--' (-), then alternate between consuming the option at
        # the next O and greedily matching positionals against the A runs.
        if self.fromfile_prefix_chars:
            args = self._read_files(args)
        seen, seen_nd, extras = [], [], []
        pat = []
        opt_at = {}
        for i, s in enumerate(args):
            if '-' in pat:
                pat.append('A')
            elif s == '--':
                pat.append('-')
            elif self._is_opt(s):
                pat.append('O')
                opt_at[i] = s
            else:
                pat.append('A')
        pat = ''.join(pat)
        positionals = [a for a in self._actions if not a.option_strings and self._phase != 'pos']

        def use(a, strs, opt):
            if a.nargs not in (PARSER, REMAINDER) and '--' in strs:
                strs = list(strs)
                strs.remove('--')
            vals = None if a.nargs == 0 and not isinstance(a, (_SubParsersAction,)) and a.option_strings else self._values(a, strs)
            if a.nargs == 0 and not a.option_strings:
                vals = self._values(a, strs)
            seen.append(a)
            if vals is not a.default:
                seen_nd.append(a)
                if a._mutex is not None:
                    for b in a._mutex._group_actions:
                        if b is not a and b in seen_nd:
                            raise ArgumentError(a, 'not allowed with argument %s' % _aname(b))
            if vals is not SUPPRESS:  # a positional '?' or '*' with default=SUPPRESS sets nothing
                a(self, ns, vals, opt)

        def cons_pos(start):
            counts = _match(positionals, pat[start:])
            for a, n in zip(positionals[:len(counts)], counts):
                use(a, args[start:start + n], None)
                start += n
            del positionals[:len(counts)]
            return start

        def cons_opt(start):
            s = args[start]
            found = explicit = None
            if '=' in s:
                k, v = s.split('=', 1)
                found = self._find_opt(k)
                if found:
                    explicit = v
            if not found:
                found = self._find_opt(s)
            if not found and len(s) > 2 and s[1] not in self.prefix_chars:
                f = self._find_opt(s[:2])
                if f:
                    found, explicit = f, s[2:]
            if not found:
                extras.append(s)
                return start + 1
            a, opt = found
            while explicit is not None:
                if a.nargs == 0:
                    # a cluster of single-letter flags, like -vvx
                    if opt[1] in self.prefix_chars:
                        raise ArgumentError(a, 'ignored explicit argument %r' % explicit)
                    use(a, [], opt)
                    nxt = self._find_opt(opt[0] + explicit[0])
                    if not nxt:
                        raise ArgumentError(a, 'ignored explicit argument %r' % explicit)
                    a, opt = nxt
                    explicit = explicit[1:] or None
                    if explicit is None:
                        break
                    continue
                if _nmatch(a, 'A') != 1:
                    raise ArgumentError(a, 'expected %s' % _expect(a))
                use(a, [explicit], opt)
                return start + 1
            n = _nmatch(a, pat[start + 1:])
            if n is None:
                raise ArgumentError(a, _expect(a))
            use(a, args[start + 1:start + 1 + n], opt)
            return start + 1 + n

        start = 0
        idxs = sorted(opt_at)
        while idxs and start <= idxs[-1]:
            nxt = min(i for i in idxs if i >= start)
            if start != nxt:
                end = cons_pos(start)
                if end > start:
                    start = end
                    continue
            if start not in opt_at:
                extras.extend(args[start:nxt])
                start = nxt
            start = cons_opt(start)
        start = cons_pos(start)
        extras.extend(args[start:])
        phase = self._phase
        missing = [a for a in self._actions if a.required and a not in seen and
                   not (phase == 'pos' and not a.option_strings) and not (phase == 'opt' and a.option_strings)]
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(_aname(a) for a in missing))
        for g in self._mutex_groups:
            if g.required and phase != 'opt' and not any(a in seen for a in g._group_actions):
                names = [_aname(a) for a in g._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        for a in self._actions:
            if phase == 'pos' and not a.option_strings:
                continue
            if a not in seen and isinstance(a.default, str) and a.dest is not SUPPRESS and \
                    getattr(ns, a.dest, None) is a.default and a.type is not None:
                setattr(ns, a.dest, self._convert(a, a.default))
        return ns, extras

    def _read_files(self, args):
        out = []
        for s in args:
            if s and s[0] in self.fromfile_prefix_chars:
                try:
                    with open(s[1:]) as f:
                        lines = f.read().splitlines()
                except OSError as e:
                    self.error(str(e))
                out.extend(self._read_files([w for l in lines for w in self.convert_arg_line_to_args(l)]))
            else:
                out.append(s)
        return out

    # ---- output ----
    def _fmt_args(self, a, default):
        mv = a.metavar if a.metavar is not None else (
            '{' + ','.join(str(c) for c in a.choices) + '}' if a.choices is not None and not isinstance(a, _SubParsersAction) else default)
        if isinstance(a, _SubParsersAction) and a.metavar is None:
            mv = '{' + ','.join(a._choice_names()) + '}'
        mvs = mv if isinstance(mv, tuple) else None

        def m(i=0):
            return mvs[i] if mvs else mv
        n = a.nargs
        if n is None:
            return m()
        if n == OPTIONAL:
            return '[%s]' % m()
        if n == ZERO_OR_MORE:
            return '[%s ...]' % m() if not mvs or len(mvs) != 2 else '[%s [%s ...]]' % mvs
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % (m(0), m(1 if mvs and len(mvs) > 1 else 0))
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % m()
        if n == SUPPRESS:
            return ''
        return ' '.join(m(i) for i in range(n)) if mvs else ' '.join([mv] * n)

    def _fmt_opt(self, a, brackets=True):
        if isinstance(a, BooleanOptionalAction):
            s = a.format_usage()
        elif a.nargs == 0:
            s = a.option_strings[0]
        else:
            s = '%s %s' % (a.option_strings[0], self._fmt_args(a, self._dmv(a)))
        return '[%s]' % s if brackets and not a.required else s

    def format_usage(self):
        return self._usage() + '\n'

    def _formatter(self):
        # CPython's _get_formatter: formatter_class(prog=...), a class or any
        # callable returning a HelpFormatter
        f = self.formatter_class(prog=self.prog)
        if not hasattr(f, '_width'):
            f = HelpFormatter(self.prog)
        return f

    def _dmv(self, a):
        # the metavar an argument without one shows
        if isinstance(self._formatter(), MetavarTypeHelpFormatter):
            return a.type.__name__
        return a.dest.upper() if a.option_strings else a.dest

    def _usage(self):
        if self.usage is not None:
            return 'usage: ' + self.usage.replace('%(prog)s', self.prog)
        opt_parts, pos_parts = [], []
        done = set()
        for a in self._actions:
            if a.help is SUPPRESS or id(a) in done:
                continue
            if a._mutex is not None:
                g = a._mutex
                parts = [self._fmt_opt(b, False) if b.option_strings else self._fmt_args(b, self._dmv(b))
                         for b in g._group_actions if b.help is not SUPPRESS]
                for b in g._group_actions:
                    done.add(id(b))
                s = ' | '.join(parts)
                s = ('(%s)' if g.required else '[%s]') % s if len(parts) > 1 or not g.required else s
                (opt_parts if a.option_strings else pos_parts).append(s)
                continue
            if a.option_strings:
                opt_parts.append(self._fmt_opt(a))
            else:
                pos_parts.append(self._fmt_args(a, self._dmv(a)))
        prefix = 'usage: '
        usage = ' '.join(p for p in [self.prog] + opt_parts + pos_parts if p)
        tw = self._formatter()._width
        if len(prefix) + len(usage) > tw:
            opt_parts = [p for q in opt_parts for p in _split_group(q)]

            def lines_of(parts, indent, pre=None):
                lines, line = [], []
                ll = len(pre) - 1 if pre is not None else len(indent) - 1
                for p in parts:
                    if ll + 1 + len(p) > tw and line:
                        lines.append(indent + ' '.join(line))
                        line = []
                        ll = len(indent) - 1
                    line.append(p)
                    ll += len(p) + 1
                if line:
                    lines.append(indent + ' '.join(line))
                if pre is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(self.prog) <= 0.75 * tw:
                indent = ' ' * (len(prefix) + len(self.prog) + 1)
                if opt_parts:
                    lines = lines_of([self.prog] + opt_parts, indent, prefix)
                    lines.extend(lines_of(pos_parts, indent))
                elif pos_parts:
                    lines = lines_of([self.prog] + pos_parts, indent, prefix)
                else:
                    lines = [self.prog]
            else:
                indent = ' ' * len(prefix)
                lines = lines_of(opt_parts + pos_parts, indent)
                if len(lines) > 1:
                    lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
                lines = [self.prog] + lines
            usage = '\n'.join(lines)
        return prefix + usage

    def _inv(self, a):
        if not a.option_strings:
            if isinstance(a, _SubParsersAction) and a.metavar is None:
                return '{' + ','.join(a._choice_names()) + '}'
            mv = a.metavar if a.metavar is not None else (
                '{' + ','.join(str(c) for c in a.choices) + '}' if a.choices is not None else self._dmv(a))
            return mv[0] if isinstance(mv, tuple) else mv
        if a.nargs == 0:
            return ', '.join(a.option_strings)
        args = self._fmt_args(a, self._dmv(a))
        return ', '.join('%s %s' % (o, args) for o in a.option_strings)

    def _help_text(self, a):
        h = a.help
        if h is None:
            return ''
        if '%' in h:
            d = dict(a.__dict__)
            d['prog'] = self.prog
            if isinstance(d.get('choices'), (list, tuple, dict)):
                d['choices'] = ', '.join(str(c) for c in d['choices'])
            for k, v in list(d.items()):
                if v is SUPPRESS:
                    del d[k]
                elif hasattr(v, '__name__'):
                    d[k] = v.__name__
            try:
                h = h % d
            except (KeyError, TypeError, ValueError):
                pass
        if isinstance(self._formatter(), ArgumentDefaultsHelpFormatter) and '%(default)' not in (a.help or '') \
                and a.default is not SUPPRESS and (a.option_strings or a.nargs in (OPTIONAL, ZERO_OR_MORE)):
            h += ' (default: %s)' % (a.default,)
        return h

    def format_help(self):
        fmt = self._formatter()
        tw = fmt._width
        out = [self._usage(), '']
        raw = isinstance(fmt, RawDescriptionHelpFormatter)
        rawtext = isinstance(fmt, RawTextHelpFormatter)
        if self.description:
            out.extend(self.description.strip('\n').splitlines() if raw else _wrap(self.description, tw))
            out.append('')
        rows = []
        for a in self._actions:
            if a.help is SUPPRESS:
                continue
            rows.append(('  ' + self._inv(a), a))
            if isinstance(a, _SubParsersAction):
                # measured at the section's indent, drawn two deeper, as
                # CPython's formatter does
                for c in a._choices_actions:
                    rows.append(('  ' + c.metavar, c))
        width = min(max([len(r[0]) for r in rows] + [0]) + 2, fmt._max_help_position)
        width = max(width, 0)
        hw = max(tw - width, 11)
        for g in self._groups:
            acts = [a for a in g._group_actions if a.help is not SUPPRESS]
            if not acts and not g.description:
                continue
            out.append((g.title or '') + ':')
            if g.description:
                out.extend(['  ' + l for l in _wrap(g.description, tw - 2)])
                out.append('')
            for a in acts:
                items = [('  ' + self._inv(a), a)]
                if isinstance(a, _SubParsersAction):
                    items += [('    ' + c.metavar, c) for c in a._choices_actions]
                for inv, act in items:
                    h = self._help_text(act)
                    if rawtext:
                        hl = h.splitlines()
                    else:
                        hl = _wrap(h, hw)
                    if not hl:
                        out.append(inv)
                    elif len(inv) + 2 <= width:
                        out.append(inv + ' ' * (width - len(inv)) + hl[0])
                        out.extend(' ' * width + l for l in hl[1:])
                    else:
                        out.append(inv)
                        out.extend(' ' * width + l for l in hl)
            out.append('')
        if self.epilog:
            out.extend(self.epilog.strip('\n').splitlines() if raw else _wrap(self.epilog, tw))
            out.append('')
        while out and out[-1] == '':
            out.pop()
        return '\n'.join(out) + '\n'

    def print_usage(self, file=None):
        (file or sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def convert_arg_line_to_args(self, line):
        return [line]


def _range(a):
    n = a.nargs
    if n is None:
        return 1, 1, False
    if n == OPTIONAL:
        return 0, 1, False
    if n == ZERO_OR_MORE:
        return 0, None, False
    if n == ONE_OR_MORE:
        return 1, None, False
    if n == PARSER:
        return 1, None, True
    if n == REMAINDER:
        return 0, None, True
    return n, n, False


def _span(a, p, i):
    # Longest run of strings action a may take from p[i:] (A, or also O for
    # PARSER/REMAINDER), skipping '-' markers as CPython's pattern does.
    j = i
    while j < len(p) and p[j] == '-':
        j += 1
    lo, hi, anyo = _range(a)
    if a.nargs == REMAINDER:
        j = i
    return j, lo, hi, anyo


def _match(actions, p):
    # Greedy, backtracking: as many actions as possible, each taking as many
    # strings as it can (CPython does this with a regular expression).
    for k in range(len(actions), 0, -1):
        r = _match_n(actions[:k], p, 0)
        if r is not None:
            return r
    return []


def _match_n(actions, p, i):
    if not actions:
        return []
    a = actions[0]
    j, lo, hi, anyo = _span(a, p, i)
    k = j
    while k < len(p) and (hi is None or k - j < hi) and (p[k] == 'A' or (anyo and (k > j or p[k] == 'A' or a.nargs == REMAINDER))):
        if p[k] == '-' and not anyo:
            break
        k += 1
    if a.nargs == PARSER and (j >= len(p) or p[j] != 'A'):
        return None
    for n in range(k - j, lo - 1, -1):
        rest = _match_n(actions[1:], p, j + n)
        if rest is not None:
            return [j - i + n] + rest
    return None


def _nmatch(a, p):
    lo, hi, anyo = _range(a)
    k = 0
    while k < len(p) and (hi is None or k < hi) and (p[k] == 'A' or (anyo and p[k] in 'AO-')):
        k += 1
    if k < lo:
        return None
    if a.nargs == OPTIONAL or a.nargs == ZERO_OR_MORE:
        return k
    return k


def _expect(a):
    n = a.nargs
    if n is None:
        return 'expected one argument'
    if n == OPTIONAL:
        return 'expected at most one argument'
    if n == ONE_OR_MORE:
        return 'expected at least one argument'
    return 'expected %d argument%s' % (n, 's' if n != 1 else '')


def _min(a):
    n = a.nargs
    if n is None or n == ONE_OR_MORE or n == PARSER:
        return 1
    if isinstance(n, int):
        return n
    return 0


def _metavar(a, d):
    return a.metavar or d


def _split_group(s):
    # Mutually exclusive groups are wrapped as whole words in usage lines.
    return [s]
