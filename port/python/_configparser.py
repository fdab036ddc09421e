"""Support for configparser: its exception classes and interpolation
classes (re-exported by configparser, the module to import), the text
scanners and the line reader behind read_*(), and the lookup layers of get()."""

MAX_INTERPOLATION_DEPTH = 10
_MISSING = object()


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    def __init__(self, msg=''):
        self._init(msg, (msg,))

    def _init(self, message, args):
        # Each class passes its own args (CPython's) up once, through
        # super(): MicroPython has no Exception.__init__ to call by name.
        self.message = message
        super(Error, self).__init__(*args)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _reading_from(source, lineno):
    # The prefix of a duplicate error met while reading a file or a dict.
    text = 'While reading from %r' % (source,)
    if lineno is not None:
        text += ' [line %2d]' % lineno
    return text + ': '


class NoSectionError(Error):
    def __init__(self, section):
        self._init('No section: %r' % (section,), (section,))
        self.section = section


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        what = '%r already exists' % (section,)
        if source is None:
            text = 'Section ' + what
        else:
            text = _reading_from(source, lineno) + 'section ' + what
        self._init(text, (section, source, lineno))
        self.section, self.source, self.lineno = section, source, lineno


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        what = '%r in section %r already exists' % (option, section)
        if source is None:
            text = 'Option ' + what
        else:
            text = _reading_from(source, lineno) + 'option ' + what
        self._init(text, (section, option, source, lineno))
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno


class NoOptionError(Error):
    def __init__(self, option, section):
        self._init('No option %r in section: %r' % (option, section), (option, section))
        self.option, self.section = option, section


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        self._init(msg, (option, section, msg))
        self.option, self.section = option, section


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        text = ('Bad value substitution: option %r in section %r contains an interpolation key %r '
                'which is not a valid option name. Raw value: %r' % (option, section, reference, rawval))
        self._init(text, (option, section, rawval, reference))
        self.option, self.section, self.reference = option, section, reference


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        text = ('Recursion limit exceeded in value substitution: option %r in section %r contains '
                'an interpolation key which cannot be substituted in %d steps. Raw value: %r'
                % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        self._init(text, (option, section, rawval))
        self.option, self.section = option, section


def _filename_warning():
    import warnings
    warnings.warn("The 'filename' attribute will be removed in Python 3.12. Use 'source' instead.",
                  DeprecationWarning, stacklevel=3)


class ParsingError(Error):
    def __init__(self, source=None, filename=None):
        # `filename` is the pre-3.2 spelling of `source`.
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        source = source or filename
        if not source:
            raise ValueError("Required argument `source' not given.")
        self._init('Source contains parsing errors: %r' % (source,), (source,))
        self.source = source
        self.errors = []

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)

    @property
    def filename(self):
        _filename_warning()
        return self.source

    @filename.setter
    def filename(self, value):
        _filename_warning()
        self.source = value


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        text = 'File contains no section headers.\nfile: %r, line: %d\n%r' % (filename, lineno, line)
        self._init(text, (filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line


# ------------------------------------------------------------- interpolation

class Interpolation:
    # The identity: values are stored and returned as they are.
    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def reference_at(text, at, closer):
    """The reference whose two-character opener starts at `at`: its name (one
    or more characters up to the first closer[0]) and the index after the
    closer; None when the text there is not a whole reference."""
    end = text.find(closer[0], at + 2)
    if end <= at + 2 or not text.startswith(closer, end):
        return None
    return text[at + 2:end], end + len(closer)


def _without_references(text, opener, closer):
    # What a before_set check has left once every whole reference is cut out.
    kept, start, look = [], 0, 0
    while True:
        at = text.find(opener, look)
        if at < 0:
            break
        ref = reference_at(text, at, closer)
        if ref is None:
            look = at + 1
        else:
            kept.append(text[start:at])
            start = look = ref[1]
    kept.append(text[start:])
    return ''.join(kept)


def _raw_value(parser, section, option, text):
    # The raw value an interpolation error quotes (computed only on error).
    return parser.get(section, option, raw=True, fallback=text)


class _Substituting(Interpolation):
    # Shared by the two reference syntaxes: `_mark` escapes itself when
    # doubled and starts a reference when followed by `_open`; a reference
    # ends with `_close`. Subclasses say how a name is looked up.
    _mark = _open = _close = None

    def before_get(self, parser, section, option, value, defaults):
        if value.__class__ is str and self._mark not in value:
            return value  # nothing to expand (the common case)
        out = []
        self._expand(parser, section, option, value, defaults, 1, out)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        mark = self._mark
        rest = _without_references(value.replace(mark + mark, ''), mark + self._open, self._close)
        bad = rest.find(mark)
        if bad >= 0:
            raise ValueError('invalid interpolation syntax in %r at position %d' % (value, bad))
        return value

    def _expand(self, parser, section, option, text, scope, depth, out):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, _raw_value(parser, section, option, text))
        if not text:
            return
        pos = 0
        while True:
            at = text.find(self._mark, pos)
            out.append(text[pos:] if at < 0 else text[pos:at])
            if at < 0:
                return
            pos = self._at_mark(parser, section, option, text, at, scope, depth, out)

    def _at_mark(self, parser, section, option, text, at, scope, depth, out):
        # A doubled mark stands for itself; anything else must be a whole
        # reference, expanded into `out`. Returns where the text resumes.
        follower = text[at + 1:at + 2]
        if follower == self._mark:
            out.append(follower)
            return at + 2
        ref = reference_at(text, at, self._close) if follower == self._open else None
        if ref is None:
            raise InterpolationSyntaxError(option, section, self._complaint(follower, text[at:]))
        value, where, as_option = self._lookup(parser, section, option, text, ref, scope)
        if self._mark not in value:
            out.append(value)
        else:
            inner = self._scope_of(parser, where, scope)
            self._expand(parser, where, as_option, value, inner, depth + 1, out)
        return ref[1]

    def _complaint(self, follower, rest):
        if follower == self._open:
            return 'bad interpolation variable reference %r' % (rest,)
        return "'%s' must be followed by '%s' or '%s', found: %r" % (self._mark, self._mark, self._open, rest)


class BasicInterpolation(_Substituting):
    # %(name)s from the option's own section, DEFAULT and get()'s vars.
    _mark, _open, _close = '%', '(', ')s'

    def _lookup(self, parser, section, option, text, ref, scope):
        key = parser.optionxform(ref[0])
        if key not in scope:
            raw = _raw_value(parser, section, option, text)
            raise InterpolationMissingOptionError(option, section, raw, key)
        # Nested values are still reported against the option asked for.
        return scope[key], section, option

    def _scope_of(self, parser, section, scope):
        return scope


class ExtendedInterpolation(_Substituting):
    # ${name} from the same section, ${section:name} from any section.
    _mark, _open, _close = '$', '{', '}'

    def _lookup(self, parser, section, option, text, ref, scope):
        name = ref[0]
        if name.count(':') > 1:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (text[ref[1]:],))
        where, colon, bare = name.rpartition(':')
        key = parser.optionxform(bare)
        if colon:
            value = parser.get(where, key, raw=True, fallback=_MISSING)
        else:
            where = section
            value = scope[key] if key in scope else _MISSING
        if value is _MISSING:
            raw = _raw_value(parser, section, option, text)
            raise InterpolationMissingOptionError(option, section, raw, name)
        return value, where, key

    def _scope_of(self, parser, section, scope):
        # A nested value sees its own section (without get()'s vars).
        return dict(parser.items(section, raw=True))


class LegacyInterpolation(Interpolation):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('configparser.LegacyInterpolation')


# ------------------------------------------------------------ line scanning

def comment_cut(line, inline_marks):
    """Where an inline comment starts in `line`, or None. A mark counts only
    at the line's start or after whitespace. As in CPython the marks are
    searched occurrence by occurrence: the first occurrences of all marks,
    then the second ones, ...; the earliest valid one of the first round
    that has any wins."""
    best = None
    for mark in inline_marks:
        at, rank = -1, 0
        while best is None or rank < best[0]:
            at = line.find(mark, at + 1)
            if at < 0:
                break
            rank += 1
            if at == 0 or line[at - 1].isspace():
                if best is None or (rank, at) < best:
                    best = (rank, at)
                break
    return None if best is None else best[1]


def section_name(text):
    """The name in a `[name]` header (from the first '[' to the last ']' of
    the line, trailing text ignored), or None when the text is no header."""
    if not text.startswith('['):
        return None
    stop = text.find('\n')
    close = text.rfind(']', 0, len(text) if stop < 0 else stop)
    if close < 2:
        return None
    return text[1:close]


class StockPattern:
    """CPython's default SECTCRE/OPTCRE/OPTCRE_NV/NONSPACECRE. The reader
    scans by hand while these are in place; the regex is compiled only if
    someone uses the attribute as one."""

    def __init__(self, pattern):
        self.pattern = pattern
        self._regex = None

    def __getattr__(self, name):
        if self._regex is None:
            import re
            self._regex = re.compile(self.pattern)
        return getattr(self._regex, name)


# ------------------------------------------------------- lookup and reading

class Layers:
    # The values get() sees: its vars, then the section, then DEFAULT.
    def __init__(self, maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for key in m:
                seen[key] = True
        return iter(seen)

    def __len__(self):
        return len(list(self.__iter__()))


class Reader:
    """One pass over the lines of one source, filling `parser`. Bad lines
    are collected into a ParsingError raised at the end; duplicates and a
    missing first header stop the pass at once."""

    def __init__(self, parser, source):
        self.parser, self.source = parser, source
        self.claimed = {}      # sections and (section, option) pairs this source defined
        self.target = None     # option dict of the current section
        self.section = None
        self.key = None        # the option continuation lines extend
        self.indent = 0        # indentation of the line that started it; None: closed
        self.problems = None
        header = parser.SECTCRE
        self.header_re = None if isinstance(header, StockPattern) else header

    def run(self, lines):
        # The common path of a line is written out in this one loop: in this
        # interpreter each call of a function with many locals costs more
        # than the work itself, so only small helpers are called per line.
        parser = self.parser
        marks, inline, delims = parser._full_marks, parser._inline_marks, parser._delims
        by_regex = parser._option_re is not None
        n = 0
        for raw in lines:
            n += 1
            if inline:
                text = self.uncomment(raw)
            else:
                text = raw.strip()
                if marks and text.startswith(marks):
                    text = None
            if not text:
                self.blank(text is None)
                continue
            depth = len(raw) - len(raw.lstrip())
            if self.key and self.indent is not None and depth > self.indent:
                self.target[self.key].append(text)
                continue
            self.indent = depth
            name = self.header(text)
            if name is not None:
                self.enter(name, n)
            elif self.target is None:
                raise MissingSectionHeaderError(self.source, n, raw)
            elif by_regex:
                self.match_option(text, raw, n)
            else:
                # At the earliest delimiter; the first listed wins a tie.
                at = -1
                for d in delims:
                    i = text.find(d)
                    if i >= 0 and (at < 0 or i < at):
                        at, width = i, len(d)
                if at >= 0:
                    self.store(text[:at], text[at + width:].strip(), raw, n)
                elif parser._no_value_ok:
                    self.store(text, None, raw, n)
                else:
                    self.bad(n, raw)
        parser._settle_values()
        if self.problems is not None:
            raise self.problems

    def uncomment(self, raw):
        # The text left once inline and whole-line comments are cut off;
        # None when a comment took the whole line.
        cut = comment_cut(raw, self.parser._inline_marks)
        if cut != 0:
            marks = self.parser._full_marks
            if marks and raw.strip().startswith(marks):
                cut = 0
        if cut is None:
            return raw.strip()
        return raw[:cut].strip() or None

    def blank(self, commented):
        if not self.parser._blank_lines_ok:
            self.indent = None
        elif not commented and self.key:
            held = self.target[self.key]
            if held is not None:
                held.append('')

    def bad(self, n, raw):
        if self.problems is None:
            self.problems = ParsingError(self.source)
        self.problems.append(n, repr(raw))

    def header(self, text):
        if self.header_re is None:
            return section_name(text)
        found = self.header_re.match(text)
        return found.group('header') if found else None

    def enter(self, name, n):
        parser = self.parser
        known = name in parser._section_map
        if known and parser._strict_mode and name in self.claimed:
            raise DuplicateSectionError(name, self.source, n)
        if known:
            self.target = parser._section_map[name]
        elif name == parser.default_section:
            self.target = parser._default_map
        else:
            self.target = parser._new_section(name)
        if self.target is not parser._default_map:
            self.claimed[name] = True
        self.section, self.key = name, None

    def match_option(self, text, raw, n):
        # A subclass's OPTCRE (or OPTCRE_NV) decides.
        found = self.parser._option_re.match(text)
        if found is None:
            self.bad(n, raw)
        else:
            name, value = found.group('option', 'value')
            self.store(name, value and value.strip(), raw, n)

    def store(self, name, value, raw, n):
        if not name:
            self.bad(n, raw)  # recorded, yet the empty name is still stored
        self.key = self.parser.optionxform(name.rstrip())
        self.claim((self.section, self.key), n)
        self.target[self.key] = None if value is None else [value]

    def claim(self, pair, n):
        if pair in self.claimed and self.parser._strict_mode:
            raise DuplicateOptionError(pair[0], pair[1], self.source, n)
        self.claimed[pair] = True


def lines_of(text):
    # Lines split at '\n' only, keeping it, as iterating a StringIO does.
    parts = text.split('\n')
    out = [p + '\n' for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out
