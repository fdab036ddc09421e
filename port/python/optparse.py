"""optparse: OptionParser (usage, version, description, epilog, prog,
add_help_option, conflict_handler 'error'/'resolve', formatter), Option with
actions store, store_const, store_true, store_false, append, append_const,
count, callback, help, version and types string, int, long, float, complex,
choice; dest inference, defaults, metavar, nargs, OptionGroup, Values,
interspersed args, '--', '--opt=value', clustered '-abc' and '-ovalue',
abbreviated long options, CPython's error and help texts (help layout lives
in _optparse_help). Not covered: gettext translation of messages (the
English texts are used as is)."""
import os
import sys

from _optparse_help import HelpFormatter, IndentedHelpFormatter, TitledHelpFormatter, NO_DEFAULT

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError',
           'OptionError', 'OptionConflictError', 'OptionValueError',
           'BadOptionError', 'check_choice']

SUPPRESS_HELP = 'SUPPRESSHELP'
SUPPRESS_USAGE = 'SUPPRESSUSAGE'


def _repr(self):
    return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)


class OptParseError(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    def __init__(self, msg, option):
        OptParseError.__init__(self, msg)
        self.option_id = str(option)

    def __str__(self):
        if self.option_id:
            return 'option %s: %s' % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    def __init__(self, opt_str):
        # No .msg here (CPython has none either); the text comes from opt_str.
        Exception.__init__(self, opt_str)
        self.opt_str = opt_str

    def __str__(self):
        return 'no such option: %s' % self.opt_str


class AmbiguousOptionError(BadOptionError):
    def __init__(self, opt_str, possibilities):
        Exception.__init__(self, opt_str, possibilities)
        self.opt_str = opt_str
        self.possibilities = possibilities

    def __str__(self):
        return 'ambiguous option: %s (%s?)' % (self.opt_str, ', '.join(self.possibilities))


def _parse_num(val, kind):
    # 0x.. hex, 0b.. binary, leading 0 octal (so '0o17' works too), else decimal.
    head = val[:2].lower()
    if head == '0x':
        return kind(val, 16)
    if head == '0b':
        return kind(val[2:] or '0', 2)
    return kind(val, 8 if val[:1] == '0' else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {'int': (_parse_int, 'integer'), 'long': (_parse_int, 'integer'),
                'float': (float, 'floating-point'), 'complex': (complex, 'complex')}


def check_builtin(option, opt, value):
    cvt, what = _builtin_cvt[option.type]
    try:
        return cvt(value)
    except ValueError:
        raise OptionValueError('option %s: invalid %s value: %r' % (opt, what, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    choices = ', '.join([repr(c) for c in option.choices])
    raise OptionValueError('option %s: invalid choice: %r (choose from %s)' % (opt, value, choices))


def _type_name(obj):
    # "<class 'set'>" -> "set", as CPython's message shows it.
    return str(type(obj)).split("'")[1]


class Option:
    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append',
               'append_const', 'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false',
                     'append', 'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': check_builtin, 'long': check_builtin, 'float': check_builtin,
                    'complex': check_builtin, 'choice': check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        opts = [o for o in opts if o]
        if not opts:
            raise TypeError('at least one option string must be supplied')
        self._set_opt_strings(opts)
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                raise OptionError('invalid option string %r: must be at least two characters long' % opt, self)
            if len(opt) == 2:
                if not (opt[0] == '-' and opt[1] != '-'):
                    raise OptionError('invalid short option string %r: must be of the form -x, (x any non-dash char)' % opt, self)
                self._short_opts.append(opt)
            else:
                if not (opt[0:2] == '--' and opt[2] != '-'):
                    raise OptionError('invalid long option string %r: must start with --, followed by non-dash' % opt, self)
                self._long_opts.append(opt)

    def _set_attrs(self, attrs):
        attrs = dict(attrs)
        for attr in self.ATTRS:
            if attr in attrs:
                setattr(self, attr, attrs.pop(attr))
            else:
                setattr(self, attr, NO_DEFAULT if attr == 'default' else None)
        if attrs:
            raise OptionError('invalid keyword arguments: %s' % ', '.join(sorted(attrs)), self)

    def _check_action(self):
        if self.action is None:
            self.action = 'store'
        elif self.action not in self.ACTIONS:
            raise OptionError('invalid action: %r' % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'string' if self.choices is None else 'choice'
            return
        if isinstance(self.type, type):
            self.type = self.type.__name__
        if self.type == 'str':
            self.type = 'string'
        if self.type not in self.TYPES:
            raise OptionError('invalid option type: %r' % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError('must not supply a type for action %r' % self.action, self)

    def _check_choice(self):
        if self.type == 'choice':
            if self.choices is None:
                raise OptionError("must supply a list of choices for type 'choice'", self)
            if not isinstance(self.choices, (tuple, list)):
                raise OptionError("choices must be a list of strings ('%s' supplied)" % _type_name(self.choices), self)
        elif self.choices is not None:
            raise OptionError('must not supply choices for type %r' % self.type, self)

    def _check_dest(self):
        stores = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is None and stores:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace('-', '_')
            else:
                self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.action not in self.CONST_ACTIONS and self.const is not None:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action in self.TYPED_ACTIONS:
            if self.nargs is None:
                self.nargs = 1
        elif self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)

    def _check_callback(self):
        if self.action == 'callback':
            if not callable(self.callback):
                raise OptionError('callback not callable: %r' % (self.callback,), self)
            if self.callback_args is not None and not isinstance(self.callback_args, tuple):
                raise OptionError('callback_args, if supplied, must be a tuple: not %r' % (self.callback_args,), self)
            if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
                raise OptionError('callback_kwargs, if supplied, must be a dict: not %r' % (self.callback_kwargs,), self)
            return
        if self.callback is not None:
            raise OptionError('callback supplied (%r) for non-callback option' % (self.callback,), self)
        if self.callback_args is not None:
            raise OptionError('callback_args supplied for non-callback option', self)
        if self.callback_kwargs is not None:
            raise OptionError('callback_kwargs supplied for non-callback option', self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    def check_value(self, opt, value):
        check = self.TYPE_CHECKER.get(self.type)
        return value if check is None else check(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, v) for v in value])

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'store':
            setattr(values, dest, value)
        elif action == 'store_const':
            setattr(values, dest, self.const)
        elif action == 'store_true':
            setattr(values, dest, True)
        elif action == 'store_false':
            setattr(values, dest, False)
        elif action == 'append':
            values.ensure_value(dest, []).append(value)
        elif action == 'append_const':
            values.ensure_value(dest, []).append(self.const)
        elif action == 'count':
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == 'callback':
            self.callback(self, opt, value, parser, *(self.callback_args or ()), **(self.callback_kwargs or {}))
        elif action == 'help':
            parser.print_help()
            parser.exit()
        elif action == 'version':
            parser.print_version()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option


class Values:
    def __init__(self, defaults=None):
        if defaults:
            for k, v in defaults.items():
                setattr(self, k, v)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _repr

    def __eq__(self, other):
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _update_careful(self, d):
        # Only names this object already has.
        for k in list(self.__dict__):
            if k in d and d[k] is not None:
                setattr(self, k, d[k])

    def _update_loose(self, d):
        for k, v in d.items():
            setattr(self, k, v)

    def _update(self, d, mode):
        if mode == 'careful':
            self._update_careful(d)
        elif mode == 'loose':
            self._update_loose(d)
        else:
            raise ValueError('invalid update mode: %r' % (mode,))

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._update(dict(sys.modules[modname].__dict__), mode)

    def read_file(self, filename, mode='careful'):
        ns = {}
        with open(filename) as f:
            exec(f.read(), ns)
        self._update(ns, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


from _optparse_parser import OptionContainer, OptionGroup, OptionParser  # noqa: E402
