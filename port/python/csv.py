"""csv: reader, writer, DictReader, DictWriter, dialects (excel,
excel-tab, unix), Sniffer (delimiter and header guessing), the QUOTE_*
constants and csv.Error, following CPython's quoting and line-ending rules."""
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


Error.__module__ = '_csv'  # CPython's is _csv.Error, as tracebacks name it


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **kw):
    base = dialect or Dialect
    _dialects[name] = type(name, (base,), kw) if kw else base


def unregister_dialect(name):
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


_limit = 131072


def field_size_limit(new=None):
    global _limit
    old = _limit
    if new is not None:
        _limit = new
    return old


class _D:
    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for k in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator',
                  'quoting', 'strict'):
            setattr(self, k, kw.pop(k) if k in kw else getattr(dialect, k))
        if kw:
            raise TypeError('unexpected keyword argument ' + list(kw)[0])
        if not isinstance(self.delimiter, str):
            raise TypeError('"delimiter" must be string, not %s' % type(self.delimiter).__name__)
        if len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting == QUOTE_NONE:
            pass
        elif self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')


# the reader's states (Modules/_csv.c), and its end-of-line mark (after a
# line's characters)
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


_stops_cache = {}


def _stops_re(delim, esc):
    # what ends a run of ordinary characters in an unquoted field
    r = _stops_cache.get((delim, esc))
    if r is None:
        import re
        r = _stops_cache[(delim, esc)] = re.compile('[%s]' % re.escape('\r\n' + delim + (esc or '')))
    return r


def _not_text(line):
    raise Error('iterator should return strings, not %s (the file should be opened in text mode)'
                % type(line).__name__)


class reader:
    def __init__(self, f, dialect='excel', **kw):
        self._it = iter(f)
        self.dialect = d = _D(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        # CPython's reader (Modules/_csv.c): each line's characters, then an
        # end-of-line mark, through its state machine until a record ends
        d = self.dialect
        fields, field = [], []
        state = _START_RECORD
        numeric = False
        delim, quote, esc = d.delimiter, d.quotechar, d.escapechar
        if d.quoting == QUOTE_NONE:
            quote = None  # a quotechar means nothing then
        skipsp = d.skipinitialspace
        nonnum = d.quoting == QUOTE_NONNUMERIC
        stops = _stops_re(delim, esc)

        def save():
            v = ''.join(field)
            field.clear()
            if len(v) > _limit:
                raise Error('field larger than field limit (%d)' % _limit)
            if numeric:
                v = float(v)
            fields.append(v)
        first = True
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error('unexpected end of data')
                    save()
                    return fields
                raise
            if first and state == _START_RECORD:
                fast = self._simple(line)
                if fast is not None:
                    return fast
            first = False
            if not isinstance(line, str):
                _not_text(line)
            self.line_num += 1
            n = len(line)
            i = 0
            while i <= n:
                if state == _IN_QUOTED_FIELD or state == _IN_FIELD:
                    # a run of ordinary characters at once (str.find in C)
                    if state == _IN_FIELD:
                        m = stops.search(line, i)
                        j = m.start() if m else n
                    else:
                        j = line.find(quote, i) if quote else -1
                        if j < 0:
                            j = n
                        if esc:
                            k = line.find(esc, i, j)
                            if k >= 0:
                                j = k
                    if j > i:
                        field.append(line[i:j])
                        i = j
                c = line[i] if i < n else _EOL
                i += 1
                if state == _START_RECORD:
                    if c == _EOL:
                        break
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == '\n' or c == '\r' or c == _EOL:
                        save()
                        numeric = False
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif c == quote:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and skipsp:
                        pass
                    elif c == delim:
                        save()
                        numeric = False
                    else:
                        numeric = nonnum
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == '\n' or c == '\r':
                        field.append(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    field.append('\n' if c == _EOL else c)
                    state = _IN_FIELD
                elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    if state == _AFTER_ESCAPED_CRNL:
                        if c == _EOL:
                            continue
                        state = _IN_FIELD
                    if c == '\n' or c == '\r' or c == _EOL:
                        save()
                        numeric = False
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        save()
                        numeric = False
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == _EOL:
                        pass
                    elif c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quote:
                        state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    field.append('\n' if c == _EOL else c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quote:
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        save()
                        numeric = False
                        state = _START_FIELD
                    elif c == '\n' or c == '\r' or c == _EOL:
                        save()
                        numeric = False
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif not d.strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, d.quotechar))
                elif state == _EAT_CRNL:
                    if c == '\n' or c == '\r':
                        pass
                    elif c == _EOL:
                        state = _START_RECORD
                    else:
                        raise Error('new-line character seen in unquoted field - do you need to open the file '
                                    'in universal-newline mode?')
                if len(field) > 16 and sum(map(len, field)) > _limit:
                    raise Error('field larger than field limit (%d)' % _limit)
            if state == _START_RECORD:
                return fields

    def _simple(self, line):
        # A line with no quote, escape or stray line break is its fields
        # split at the delimiter: str.split in C, not the loop below, which
        # took ~30 us a row.
        d = self.dialect
        if not isinstance(line, str):
            _not_text(line)
        if (d.quotechar is not None and d.quotechar in line) or (d.escapechar is not None and d.escapechar in line):
            return None
        body = line[:-2] if line.endswith('\r\n') else line[:-1] if line.endswith(('\n', '\r')) else line
        if '\n' in body or '\r' in body:
            return None
        self.line_num += 1
        if not body:
            return []
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        if d.quoting == QUOTE_NONNUMERIC or len(body) > _limit:
            return [self._val(f, False) for f in fields]
        return fields

    def _val(self, v, quoted):
        if len(v) > _limit:
            raise Error('field larger than field limit (%d)' % _limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted:
            return float(v) if v else v
        return v


class writer:
    def __init__(self, f, dialect='excel', **kw):
        self._f = f
        self.dialect = _D(dialect, kw)

    def _field(self, v):
        d = self.dialect
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        q = d.quoting
        quoted = q == QUOTE_ALL or (q == QUOTE_NONNUMERIC and not isinstance(v, (int, float)))
        # The characters CPython's writer treats specially: the delimiter,
        # quotechar, escapechar and those of the line terminator (only
        # those: a lone '\r' with lineterminator='\n' is written as it is).
        # Each makes the field quoted, except that one which is escaped
        # instead is not: everything under QUOTE_NONE, the escapechar
        # itself, and the quotechar when doublequote is off.
        specials = d.lineterminator + d.delimiter + (d.quotechar or '') + (d.escapechar or '')
        for c in specials:
            if c in s:
                break
        else:
            return d.quotechar + s + d.quotechar if quoted else s
        out = []
        for c in s:
            if c in specials:
                escape = q == QUOTE_NONE
                if not escape:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        s = ''.join(out)
        return d.quotechar + s + d.quotechar if quoted else s

    def writerow(self, row):
        try:
            if isinstance(row, (str, bytes)):
                raise TypeError
            row = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        d = self.dialect
        line = d.delimiter.join(self._field(v) for v in row)
        if row and not line:
            # one empty field (CPython): quoted, or refused under QUOTE_NONE
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = d.quotechar * 2
        return self._f.write(line + d.lineterminator)

    def writerows(self, rows):
        for r in rows:
            self.writerow(r)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kw):
        self.reader = reader(f, dialect, *args, **kw)
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @property
    def dialect(self):
        return self.reader.dialect

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for k in names[len(row):]:
                d[k] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kw):
        if extrasaction not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames = list(fieldnames)
        self.restval, self.extrasaction = restval, extrasaction
        self.writer = writer(f, dialect, *args, **kw)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, d):
        if self.extrasaction == 'raise':
            wrong = [k for k in d if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join(repr(k) for k in wrong))
        return [d.get(k, self.restval) for k in self.fieldnames]

    def writerow(self, d):
        return self.writer.writerow(self._row(d))

    def writerows(self, rows):
        for r in rows:
            self.writerow(r)


class Sniffer:
    def sniff(self, sample, delimiters=None):
        lines = [l for l in sample.splitlines() if l.strip()][:20]
        best, score = None, 0
        for c in delimiters or ',\t;| :':
            counts = [l.count(c) for l in lines]
            if counts and min(counts) > 0 and len(set(counts)) == 1 and counts[0] >= score:
                if counts[0] > score or best is None:
                    best, score = c, counts[0]
        if best is None:
            raise Error('Could not determine delimiter')

        class sniffed(Dialect):
            delimiter = best
            quotechar = '"' if '"' in sample or "'" not in sample else "'"
            doublequote = True
            skipinitialspace = False
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        hdr, votes = rows[0], 0

        def num(v):
            try:
                float(v)
                return True
            except ValueError:
                return False
        for i, h in enumerate(hdr):
            col = [r[i] for r in rows[1:] if i < len(r)]
            if col and all(num(v) for v in col):
                votes += -1 if num(h) else 1
            elif col and all(len(v) == len(col[0]) for v in col):
                votes += -1 if len(h) == len(col[0]) else 1
        return votes > 0
