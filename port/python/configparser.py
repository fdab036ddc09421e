"""configparser: INI-style configuration files as CPython 3.11 reads and
writes them. RawConfigParser, ConfigParser and the deprecated
SafeConfigParser with all constructor options (defaults, dict_type,
allow_no_value, delimiters, comment_prefixes, inline_comment_prefixes,
strict, empty_lines_in_values, default_section, interpolation, converters);
read/read_file/read_string/read_dict/readfp, the section and option
methods, the get* converters, write(), the mapping protocol (SectionProxy,
ConverterMapping), BasicInterpolation and ExtendedInterpolation, and every
exception with CPython's messages, args and attributes. Lines are scanned by
hand; SECTCRE/OPTCRE set on a subclass are used as regexes instead.
Not supported: LegacyInterpolation (raises NotImplementedError)."""
from collections.abc import MutableMapping
from _configparser import (
    MAX_INTERPOLATION_DEPTH, Error, NoSectionError, DuplicateSectionError, DuplicateOptionError,
    NoOptionError, InterpolationError, InterpolationMissingOptionError, InterpolationSyntaxError,
    InterpolationDepthError, ParsingError, MissingSectionHeaderError, Interpolation,
    BasicInterpolation, ExtendedInterpolation, LegacyInterpolation, StockPattern as _StockPattern)
import _configparser as _text

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError', 'NoOptionError',
           'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
           'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError', 'ConfigParser',
           'SafeConfigParser', 'RawConfigParser', 'Interpolation', 'BasicInterpolation',
           'ExtendedInterpolation', 'LegacyInterpolation', 'SectionProxy', 'ConverterMapping',
           'DEFAULTSECT', 'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = 'DEFAULT'
_UNSET = object()
_ABSENT = object()


def _warn(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


class RawConfigParser(MutableMapping):
    SECTCRE = _StockPattern(r'\[(?P<header>.+)\]')
    OPTCRE = _StockPattern(r'(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$')
    OPTCRE_NV = _StockPattern(r'(?P<option>.*?)\s*(?:(?P<vi>=|:)\s*(?P<value>.*))?$')
    NONSPACECRE = _StockPattern(r'\S')
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _interpolation_class = Interpolation

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._make_dict = dict_type
        self._section_map = dict_type()
        self._default_map = dict_type()
        self._proxy_map = dict_type()
        self._conv_map = ConverterMapping(self)
        self._proxy_map[default_section] = SectionProxy(self, default_section)
        self._delims = tuple(delimiters)
        self._option_re = None
        if delimiters == ('=', ':'):
            # CPython honours a subclass's OPTCRE only with the default delimiters.
            stock = self.OPTCRE_NV if allow_no_value else self.OPTCRE
            if not isinstance(stock, _StockPattern):
                self._option_re = stock
        self._full_marks = tuple(comment_prefixes or ())
        self._inline_marks = tuple(inline_comment_prefixes or ())
        self._strict_mode = strict
        self._no_value_ok = allow_no_value
        self._blank_lines_ok = empty_lines_in_values
        self.default_section = default_section
        self._interp = self._pick_interpolation(interpolation)
        if converters is not _UNSET:
            self._conv_map.update(converters)
        if defaults:
            self._load_defaults(defaults)

    def _pick_interpolation(self, interpolation):
        if interpolation is _UNSET:
            return self._interpolation_class()
        if interpolation is None:
            return Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError('interpolation= must be None or an instance of Interpolation; '
                            'got an object of type %s' % (type(interpolation),))
        return interpolation

    def _load_defaults(self, defaults):
        # RawConfigParser keeps the values as given (not made strings).
        for key, value in defaults.items():
            self._default_map[self.optionxform(key)] = value

    # ------------------------------------------------ sections and options

    def defaults(self):
        return self._default_map

    def sections(self):
        return list(self._section_map)

    def _new_section(self, name):
        opts = self._make_dict()
        self._section_map[name] = opts
        self._proxy_map[name] = SectionProxy(self, name)
        return opts

    def add_section(self, section):
        if section in self._section_map:
            raise DuplicateSectionError(section)
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        self._new_section(section)

    def has_section(self, section):
        return section in self._section_map

    def options(self, section):
        if section not in self._section_map:
            raise NoSectionError(section)
        own = self._section_map[section]
        names = list(own)
        names.extend(k for k in self._default_map if k not in own)
        return names

    def _options_of(self, section):
        # The dict set() and remove_option() change: '' also means DEFAULT.
        if not section or section == self.default_section:
            return self._default_map
        if section not in self._section_map:
            raise NoSectionError(section)
        return self._section_map[section]

    def has_option(self, section, option):
        if section and section != self.default_section and section not in self._section_map:
            return False
        key = self.optionxform(option)
        return key in self._options_of(section) or key in self._default_map

    def remove_option(self, section, option):
        opts = self._options_of(section)
        key = self.optionxform(option)
        if key not in opts:
            return False
        del opts[key]
        return True

    def remove_section(self, section):
        if section in self._section_map:
            del self._section_map[section], self._proxy_map[section]
            return True
        return False

    def optionxform(self, optionstr):
        return optionstr.lower()

    @property
    def converters(self):
        return self._conv_map

    def _add_getter(self, attr, method):
        # A converter's get<name>, on the parser and on every section proxy.
        setattr(self, attr, method)
        for proxy in self.values():
            proxy._attach(attr, method)

    def _drop_getter(self, attr):
        # Built-in getters are methods of the class: only proxies lose those.
        for holder in [self] + list(self.values()):
            if attr in holder.__dict__:
                delattr(holder, attr)

    def _require_strings(self, *, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if (value or not self._no_value_ok) and not isinstance(value, str):
            raise TypeError('option values must be strings')

    def set(self, section, option, value=None):
        if value:
            value = self._interp.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    # ------------------------------------------------------------- reading

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, '__fspath__'):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    # Whole, then split: iterating a file's lines is slow here.
                    self._read(_text.lines_of(fp.read()), name)
            except OSError:
                continue
            done.append(name.__fspath__() if hasattr(name, '__fspath__') else name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self._read(_text.lines_of(string), source)

    def readfp(self, fp, filename=None):
        _warn("This method will be removed in Python 3.12. Use 'parser.read_file()' instead.")
        self.read_file(fp, source=filename)

    def _read(self, lines, source):
        _text.Reader(self, source).run(lines)

    def _settle_values(self):
        # Continuation lines are gathered in lists while reading: every list
        # (of this read or of a failed earlier one) becomes its string. As in
        # CPython, each value of the parser then passes through before_read,
        # after every read; the base class's hook changes nothing.
        named = [(self.default_section, self._default_map)]
        named.extend(self._section_map.items())
        hook = self._interp.before_read
        lists_only = type(self._interp).before_read is Interpolation.before_read
        for name, opts in named:
            for key, value in list(opts.items()):
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                elif lists_only:
                    continue
                opts[key] = hook(self, name, key, value)

    def read_dict(self, dictionary, source='<dict>'):
        claimed = {}
        for section, options in dictionary.items():
            name = str(section)
            self._dict_section(name, claimed)
            for key, value in options.items():
                self._dict_option(name, key, value, claimed, source)

    def _dict_section(self, name, claimed):
        # An existing section is reused; naming one twice in the same
        # dictionary (1 and '1') is an error when strict.
        again = name in claimed
        claimed[name] = True
        try:
            self.add_section(name)
        except (DuplicateSectionError, ValueError):
            if again and self._strict_mode:
                raise

    def _dict_option(self, name, key, value, claimed, source):
        key = self.optionxform(str(key))
        pair = (name, key)
        if pair in claimed and self._strict_mode:
            raise DuplicateOptionError(name, key, source)
        claimed[pair] = True
        self.set(name, key, None if value is None else str(value))

    # ------------------------------------------------------------- getting

    def _scope(self, section, vars, required):
        # What get() looks in: its vars (made strings), the section, DEFAULT.
        # None for a missing section that is not required.
        maps = [self._default_map]
        if section in self._section_map:
            maps.insert(0, self._section_map[section])
        elif section != self.default_section:
            if required:
                raise NoSectionError(section)
            return None
        if vars:
            maps.insert(0, {self.optionxform(k): (v if v is None else str(v)) for k, v in vars.items()})
        return _text.Layers(maps)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        scope = self._scope(section, vars, fallback is _UNSET)
        if scope is None:
            return fallback
        key = self.optionxform(option)
        if key in scope:
            value = scope[key]
            if raw or value is None:
                return value
            return self._interp.before_get(self, section, key, value, scope)
        if fallback is _UNSET:
            raise NoOptionError(key, section)
        return fallback

    def _convert_option(self, section, option, conv, raw, vars, fallback, extra):
        # The get* methods: a missing section or option gives the fallback,
        # a value the converter rejects raises all the same.
        if fallback is not _UNSET:
            extra['fallback'] = _ABSENT
        text = self.get(section, option, raw=raw, vars=vars, **extra)
        return fallback if text is _ABSENT else conv(text)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._convert_option(section, option, int, raw, vars, fallback, kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._convert_option(section, option, float, raw, vars, fallback, kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._convert_option(section, option, self._to_bool, raw, vars, fallback, kwargs)

    def _to_bool(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            raise ValueError('Not a boolean: %s' % value) from None

    def items(self, section=_UNSET, raw=False, vars=None):
        if section is _UNSET:
            return [(name, self[name]) for name in self]
        if section not in self._section_map and section != self.default_section:
            raise NoSectionError(section)
        merged = dict(self._default_map)
        merged.update(self._section_map.get(section, ()))
        listed = list(merged)
        if vars:
            # These override values but add no names, and stay as given.
            merged.update((self.optionxform(k), v) for k, v in vars.items())
        if raw:
            return [(key, merged[key]) for key in listed]
        expand = self._interp.before_get
        return [(key, expand(self, section, key, merged[key], merged)) for key in listed]

    # ------------------------------------------------------------- writing

    def write(self, fp, space_around_delimiters=True):
        sep = self._delims[0]
        if space_around_delimiters:
            sep = ' ' + sep + ' '
        if self._default_map:
            self._write_one(fp, self.default_section, self._default_map, sep)
        for name, opts in self._section_map.items():
            self._write_one(fp, name, opts, sep)

    def _write_one(self, fp, name, opts, sep):
        out = ['[%s]\n' % (name,)]
        for key, value in opts.items():
            value = self._interp.before_write(self, name, key, value)
            if value is None and self._no_value_ok:
                out.append('%s\n' % (key,))
            else:
                out.append('%s%s%s\n' % (key, sep, str(value).replace('\n', '\n\t')))
        out.append('\n')
        fp.write(''.join(out))

    # ----------------------------------------------------- mapping protocol

    def __getitem__(self, key):
        if key == self.default_section or key in self._section_map:
            return self._proxy_map[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key == self.default_section:
            current = self._default_map
        else:
            current = self._section_map.get(key)
        if current is not None:
            if self._proxy_map.get(key) is value:
                return  # parser[name] = parser[name] keeps the section
            current.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.remove_section(key):
            raise KeyError(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._section_map

    def __len__(self):
        return len(self._section_map) + 1

    def __iter__(self):
        yield self.default_section
        for name in list(self._section_map):
            yield name

    def popitem(self):
        # Sections only: DEFAULT cannot be removed.
        for name in self._section_map:
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError()

    def clear(self):
        for name in list(self._section_map):
            del self[name]


class ConfigParser(RawConfigParser):
    # Values must be strings; %(name)s interpolation by default.
    _interpolation_class = BasicInterpolation

    def set(self, section, option, value=None):
        self._require_strings(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._require_strings(section=section)
        super().add_section(section)

    def _load_defaults(self, defaults):
        # Made strings like read_dict() values, but not checked for
        # interpolation syntax.
        kept = self._interp
        self._interp = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interp = kept


class SafeConfigParser(ConfigParser):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _warn('The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. This alias '
              'will be removed in Python 3.12. Use ConfigParser directly instead.')


class _SectionGetter:
    # A get<name> method of one SectionProxy, delegating to the parser's.
    def __init__(self, proxy, impl):
        self._proxy, self._impl = proxy, impl

    def __call__(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._proxy.get(option, fallback, raw=raw, vars=vars, _impl=self._impl, **kwargs)


class _ParserGetter:
    # The get<name> method a converter adds to a parser.
    def __init__(self, parser, converter):
        self._parser, self.converter = parser, converter

    def __call__(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._parser._convert_option(section, option, self.converter, raw, vars, fallback, kwargs)


class SectionProxy(MutableMapping):
    """One section as a mapping (DEFAULT's values show through), with the
    parser's get<name> converter methods taking only the option."""

    def __init__(self, parser, name):
        self._owner, self._section = parser, name
        for conv in parser.converters:
            self._attach('get' + conv, getattr(parser, 'get' + conv))

    def _attach(self, attr, parser_method):
        setattr(self, attr, _SectionGetter(self, parser_method))

    def __repr__(self):
        return '<Section: %s>' % (self._section,)

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._section

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        fetch = _impl or self._owner.get
        return fetch(self._section, option, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _names(self):
        if self._section == self._owner.default_section:
            return self._owner.defaults()
        return self._owner.options(self._section)

    def __iter__(self):
        return iter(self._names())

    def __len__(self):
        return len(self._names())

    def __contains__(self, key):
        return self._owner.has_option(self._section, key)

    def __getitem__(self, key):
        if key in self:
            return self._owner.get(self._section, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._owner._require_strings(option=key, value=value)
        self._owner.set(self._section, key, value)

    def __delitem__(self, key):
        # A DEFAULT value seen through a section cannot be deleted from it.
        removed = key in self and self._owner.remove_option(self._section, key)
        if not removed:
            raise KeyError(key)


class ConverterMapping(MutableMapping):
    """The parser's converters by name: its own get<name> methods (shown as
    None) and those added here, which also become get<name> methods of the
    parser and of every section proxy."""

    def __init__(self, parser):
        self._owner = parser
        names = [a[3:] for a in sorted(dir(parser)) if a.startswith('get') and len(a) > 3]
        self._funcs = {n: None for n in names if callable(getattr(parser, 'get' + n))}

    def __getitem__(self, key):
        return self._funcs[key]

    def __iter__(self):
        return iter(self._funcs)

    def __len__(self):
        return len(self._funcs)

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._funcs[key] = value
        self._owner._add_getter('get' + key, _ParserGetter(self._owner, value))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._funcs[key]
        self._owner._drop_getter('get' + key)
