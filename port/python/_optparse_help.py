"""Help formatters for optparse: HelpFormatter, IndentedHelpFormatter and
TitledHelpFormatter, laid out column for column like CPython 3.11 (width
from $COLUMNS minus 2, help column capped at max_help_position, %default
expansion). Kept apart from optparse.py to keep both files small."""
import os
import textwrap

NO_DEFAULT = ('NO', 'DEFAULT')


def _pad(n):
    return ' ' * n


class HelpFormatter:
    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment = indent_increment
        if width is None:
            # COLUMNS wins; anything unusable falls back to 80.
            try:
                width = int(os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self.width = width
        self.max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self.help_position = self.max_help_position
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = '%default'
        self.option_strings = {}
        self._short_opt_fmt = '%s %s'
        self._long_opt_fmt = '%s=%s'

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ('', ' '):
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._short_opt_fmt = '%s' + delim + '%s'

    def set_long_opt_delimiter(self, delim):
        if delim not in ('=', ' '):
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._long_opt_fmt = '%s' + delim + '%s'

    def indent(self):
        self.current_indent += self.indent_increment
        self.level += 1

    def dedent(self):
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, 'Indent decreased below 0.'
        self.level -= 1

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        pad = _pad(self.current_indent)
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._format_text(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        # Option strings padded to the help column, or alone on their line
        # when too wide; help wrapped to the remaining width.
        opts = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        if len(opts) > room:
            out = [_pad(self.current_indent) + opts + '\n']
            first = self.help_position
        else:
            out = [_pad(self.current_indent) + opts.ljust(room) + '  ']
            first = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(_pad(first) + lines[0] + '\n')
            for line in lines[1:]:
                out.append(_pad(self.help_position) + line + '\n')
        elif out[0][-1] != '\n':
            out.append('\n')
        return ''.join(out)

    def _store(self, options, widest):
        for opt in options:
            s = self.format_option_strings(opt)
            self.option_strings[opt] = s
            widest = max(widest, len(s) + self.current_indent)
        return widest

    def store_option_strings(self, parser):
        self.indent()
        widest = self._store(parser.option_list, 0)
        self.indent()
        for group in parser.option_groups:
            widest = self._store(group.option_list, widest)
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (o, metavar) for o in option._short_opts]
            longs = [self._long_opt_fmt % (o, metavar) for o in option._long_opts]
        else:
            shorts = option._short_opts
            longs = option._long_opts
        return ', '.join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return 'Usage: %s\n' % usage

    def format_heading(self, heading):
        return _pad(self.current_indent) + heading + ':\n'


class TitledHelpFormatter(HelpFormatter):

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading('Usage'), usage)

    def format_heading(self, heading):
        return '%s\n%s\n' % (heading, '=-'[self.level] * len(heading))
