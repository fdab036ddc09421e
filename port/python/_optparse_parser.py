"""OptionContainer, OptionGroup and OptionParser for optparse (imported by
optparse at its end; import optparse, not this module). Parsing follows
CPython 3.11: interspersed positionals unless disabled, '--' stops option
processing, long options may be abbreviated and take '=value', short
options cluster and take the rest of their word as value."""
import os
import sys

from optparse import (Option, Values, IndentedHelpFormatter, NO_DEFAULT, SUPPRESS_HELP,
                      SUPPRESS_USAGE, OptionConflictError, OptionValueError,
                      BadOptionError, AmbiguousOptionError)


def _match_abbrev(s, wordmap):
    # Exact name, else the one name it is a prefix of; sorted list when several.
    if s in wordmap:
        return s
    found = [w for w in wordmap if w.startswith(s)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise BadOptionError(s)
    found.sort()
    raise AmbiguousOptionError(s, found)


def _from_args(args, kwargs, make, cls, what):
    # add_option() and add_option_group() take either the constructor's
    # arguments (a string first) or one ready-made instance.
    if isinstance(args[0], str):
        return make(*args, **kwargs)
    if len(args) != 1 or kwargs:
        raise TypeError('invalid arguments')
    made = args[0]
    if not isinstance(made, cls):
        raise TypeError('not an %s instance: %r' % (what, made))
    return made


# The mapping attributes an OptionContainer owns or, for a group, borrows
# from its parser.
_TABLES = ('_short_opt', '_long_opt', 'defaults')


class OptionContainer:

    def __init__(self, option_class, conflict_handler, description):
        # subclasses decide whether the option tables are their own
        self._create_option_list()
        self.option_class = option_class
        self.set_description(description)
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        for name in _TABLES:
            setattr(self, name, {})

    def _share_option_mappings(self, parser):
        for name in _TABLES:
            setattr(self, name, getattr(parser, name))

    def destroy(self):
        # break the reference cycles between parser, groups and options
        for name in _TABLES:
            delattr(self, name)

    def set_conflict_handler(self, handler):
        if handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value %r' % (handler,))
        self.conflict_handler = handler

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def _option_tables(self, option):
        return ((self._short_opt, option._short_opts), (self._long_opt, option._long_opts))

    def _check_conflict(self, option):
        clashes = [(o, self._short_opt[o]) for o in option._short_opts if o in self._short_opt]
        clashes += [(o, self._long_opt[o]) for o in option._long_opts if o in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            raise OptionConflictError('conflicting option string(s): %s' % ', '.join([c[0] for c in clashes]), option)
        # 'resolve': the newer option takes the string away from the older
        # one, which disappears once it has no strings left.
        for opt, old in clashes:
            if opt.startswith('--'):
                old._long_opts.remove(opt)
                del self._long_opt[opt]
            else:
                old._short_opts.remove(opt)
                del self._short_opt[opt]
            if not (old._short_opts or old._long_opts):
                old.container.option_list.remove(old)

    def add_option(self, *args, **kwargs):
        option = _from_args(args, kwargs, self.option_class, Option, 'Option')
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for table, names in self._option_tables(option):
            for name in names:
                table[name] = option
        dest = option.dest
        if dest is not None:
            # an explicit default wins; otherwise None unless another option
            # with the same dest gave one already
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self._short_opt.get(opt_str)
        if option is None:
            option = self._long_opt.get(opt_str)
        if option is None:
            raise ValueError('no such option %r' % (opt_str,))
        for table, names in self._option_tables(option):
            for name in names:
                del table[name]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        return ''.join([formatter.format_option(o) for o in self.option_list if o.help is not SUPPRESS_HELP])

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        out = []
        if self.description:
            out.append(self.format_description(formatter))
        if self.option_list:
            out.append(self.format_option_help(formatter))
        return '\n'.join(out)


class OptionGroup(OptionContainer):

    def __init__(self, parser, title, description=None):
        # the parser must be known before the base class sets up the tables
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        # a group's options live in the parser's tables
        self._share_option_mappings(self.parser)
        self.option_list = []

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def set_title(self, title):
        self.title = title

    def format_help(self, formatter):
        out = formatter.format_heading(self.title)
        formatter.indent()
        out += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return out


class OptionParser(OptionContainer):
    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help_option)
        self._init_parsing_state()

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_list, self.option_groups = [], []

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        for name in ('option_list', 'option_groups', 'formatter'):
            delattr(self, name)

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help', help='show this help message and exit')

    def _add_version_option(self):
        self.add_option('--version', action='version', help="show program's version number and exit")

    def _populate_option_list(self, option_list, add_help=True):
        # the class's standard options, the caller's, then --version, -h
        for batch in (self.standard_option_list, option_list):
            if batch:
                self.add_options(batch)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        # parse_args() sets these for callbacks to look at
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        if usage is None:
            self.usage = '%prog [options]'
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith('usage: '):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_process_default_values(self, process):
        self.process_default_values = process

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def _get_all_options(self):
        found = list(self.option_list)
        for group in self.option_groups:
            found += group.option_list
        return found

    def get_default_values(self):
        defaults = self.defaults.copy()
        if self.process_default_values:
            # String defaults go through the option's type check.
            for option in self._get_all_options():
                value = defaults.get(option.dest)
                if isinstance(value, str):
                    defaults[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        def make(*a, **kw):
            return OptionGroup(self, *a, **kw)
        group = _from_args(args, kwargs, make, OptionGroup, 'OptionGroup')
        if group.parser is not self:
            raise ValueError('invalid OptionGroup (wrong parser)')
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        rargs = self._get_args(args)
        largs = []
        if values is None:
            values = self.get_default_values()
        # kept on the parser while parsing, for callbacks
        self.rargs, self.largs, self.values = rargs, largs, values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == '--':
                del rargs[0]
                return
            if arg[0:2] == '--':
                self._process_long_opt(rargs, values)
            elif arg[:1] == '-' and len(arg) > 1:
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        n = option.nargs
        if len(rargs) < n:
            self.error('%s option requires %d argument%s' % (opt, n, '' if n == 1 else 's'))
        if n == 1:
            return rargs.pop(0)
        value = tuple(rargs[0:n])
        del rargs[0:n]
        return value

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        explicit = '=' in arg
        if explicit:
            opt, rest = arg.split('=', 1)
            rargs.insert(0, rest)
        else:
            opt = arg
        opt = self._match_long_opt(opt)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif explicit:
            self.error('%s option does not take a value' % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        arg = rargs.pop(0)
        i = 1
        for ch in arg[1:]:
            opt = '-' + ch
            option = self._short_opt.get(opt)
            i += 1
            if not option:
                raise BadOptionError(opt)
            stop = False
            if option.takes_value():
                # The rest of the word, if any, is the (first) value.
                if i < len(arg):
                    rargs.insert(0, arg[i:])
                    stop = True
                value = self._take_values(option, opt, rargs)
            else:
                value = None
            option.process(opt, value, values, self)
            if stop:
                break

    def get_prog_name(self):
        return self.prog if self.prog is not None else os.path.basename(sys.argv[0])

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def error(self, msg):
        # usage on stderr, then the message; exit status 2
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.get_prog_name(), msg))

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ''

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file if file is not None else sys.stdout)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file if file is not None else sys.stdout)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        out = [formatter.format_heading('Options')]
        formatter.indent()
        if self.option_list:
            out.append(OptionContainer.format_option_help(self, formatter))
            out.append('\n')
        for group in self.option_groups:
            out.append(group.format_help(formatter))
            out.append('\n')
        formatter.dedent()
        return ''.join(out[:-1])

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        out = []
        if self.usage:
            out.append(self.get_usage() + '\n')
        if self.description:
            out.append(self.format_description(formatter) + '\n')
        out.append(self.format_option_help(formatter))
        out.append(self.format_epilog(formatter))
        return ''.join(out)

    def print_help(self, file=None):
        (file if file is not None else sys.stdout).write(self.format_help())
