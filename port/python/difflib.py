"""difflib: SequenceMatcher (Ratcliff/Obershelp matching with junk, autojunk,
b2j/bjunk/bpopular, matching blocks, opcodes, grouped opcodes and the three
ratios), Match, get_close_matches, unified_diff, context_diff, diff_bytes,
Differ and ndiff (with '?' intraline guide lines), restore, IS_LINE_JUNK,
IS_CHARACTER_JUNK, and HtmlDiff (make_file/make_table, loaded on first use
from _difflib_html).

Results are meant to be identical to CPython 3.11's.  diff_bytes maps bytes
to text with latin-1 instead of ascii+surrogateescape; the round trip is the
same for every byte.  SequenceMatcher[...] (a generic alias in CPython)
raises NotImplementedError('difflib.SequenceMatcher[]').  IS_LINE_JUNK's
default check is done without a regular expression (pat=None stands for it)."""

from collections import namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = namedtuple('Match', 'a b size')

# Every character CPython's str.isspace() accepts (MicroPython's is ASCII-only).
_WS = ('\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005'
       '\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000')


def _score(matched, total):
    # 2*M/T, with two empty sequences counting as identical.
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def __class_getitem__(*args):
        # Generic aliases (SequenceMatcher[str]) are not provided.
        raise NotImplementedError('difflib.SequenceMatcher[]')

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._blocks = self._codes = None

    def set_seq2(self, b):
        # Everything about b (its index, its counts) is kept until b changes, so
        # comparing many a's against one b is cheap.
        if b is not self.b:
            self.b = b
            self._blocks = self._codes = None
            self._bcounts = None
            self._index_b()

    def _index_b(self):
        # b2j: element -> ascending positions in b.  Junk elements (the isjunk
        # predicate is asked once per distinct element, in first-seen order) and,
        # with autojunk, elements filling over 1% of a b of 200+ items never
        # start a match, so they are left out of b2j.
        judge = self.isjunk
        where, junk = {}, set()
        pos = 0
        for item in self.b:
            if item not in junk:
                spots = where.get(item)
                if spots is not None:
                    spots.append(pos)
                elif judge is not None and judge(item):
                    junk.add(item)
                else:
                    where[item] = [pos]
            pos += 1
        popular = set()
        if self.autojunk and pos >= 200:
            popular = {item for item, spots in where.items() if len(spots) > pos // 100 + 1}
        for item in popular:
            del where[item]
        self.b2j, self.bjunk, self.bpopular = where, junk, popular

    def _longest_clean_run(self, alo, ahi, blo, bhi):
        # Longest a[i:i+k] == b[j:j+k] inside the ranges using only indexed (non
        # junk, non popular) elements of b.  Runs are tracked per diagonal j - i;
        # the first longest one found (earliest in a, then in b) wins.
        a, where = self.a, self.b2j
        top = (alo, blo, 0)
        longest = 0
        last_row = {}
        for i in range(alo, ahi):
            row = {}
            spots = where.get(a[i])
            if spots:
                lo, hi = 0, len(spots)
                while lo < hi:  # first position >= blo
                    mid = (lo + hi) // 2
                    if spots[mid] < blo:
                        lo = mid + 1
                    else:
                        hi = mid
                for p in range(lo, len(spots)):
                    diag = spots[p] - i
                    if diag + i >= bhi:
                        break
                    length = last_row.get(diag, 0) + 1
                    row[diag] = length
                    if length > longest:
                        longest = length
                        top = (i + 1 - length, diag + i + 1 - length, length)
            last_row = row
        return top

    def _widen(self, i, j, k, alo, ahi, blo, bhi, on_junk):
        # Stretch a matching block over equal neighbours whose b element is junk
        # (on_junk True) or is not junk (on_junk False), as far as the ranges allow.
        a, b, junk = self.a, self.b, self.bjunk
        while i > alo and j > blo:
            x = b[j - 1]
            if (x in junk) is not on_junk or not a[i - 1] == x:
                break
            i, j, k = i - 1, j - 1, k + 1
        while i + k < ahi and j + k < bhi:
            x = b[j + k]
            if (x in junk) is not on_junk or not a[i + k] == x:
                break
            k += 1
        return i, j, k

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        if ahi is None:
            ahi = len(self.a)
        if bhi is None:
            bhi = len(self.b)
        i, j, k = self._longest_clean_run(alo, ahi, blo, bhi)
        # Popular elements may extend the block, then junk pads it at both ends.
        i, j, k = self._widen(i, j, k, alo, ahi, blo, bhi, False)
        i, j, k = self._widen(i, j, k, alo, ahi, blo, bhi, True)
        return Match(i, j, k)

    def get_matching_blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        # Depth-first, left piece before the match before the right piece, so the
        # blocks come out in order and touching ones can be fused on the way.
        stack = [(0, la, 0, lb)]
        fused = []
        while stack:
            job = stack.pop()
            if len(job) == 3:
                if fused and fused[-1][0] + fused[-1][2] == job[0] and fused[-1][1] + fused[-1][2] == job[1]:
                    prev = fused.pop()
                    job = (prev[0], prev[1], prev[2] + job[2])
                fused.append(job)
                continue
            alo, ahi, blo, bhi = job
            if alo >= ahi or blo >= bhi:
                continue
            i, j, k = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                stack.append((i + k, ahi, j + k, bhi))
                stack.append((i, j, k))
                stack.append((alo, i, blo, j))
        blocks = [Match(x[0], x[1], x[2]) for x in fused]
        blocks.append(Match(la, lb, 0))
        self._blocks = blocks
        return blocks

    def get_opcodes(self):
        if self._codes is None:
            codes = []
            ends = (0, 0)     # where the previous matching block stopped in a and b
            for blk in self.get_matching_blocks():
                gap = (ends[0] < blk[0], ends[1] < blk[1])
                if gap in _GAP_TAGS:
                    codes.append((_GAP_TAGS[gap], ends[0], blk[0], ends[1], blk[1]))
                if blk[2]:
                    codes.append(('equal', blk[0], blk[0] + blk[2], blk[1], blk[1] + blk[2]))
                ends = (blk[0] + blk[2], blk[1] + blk[2])
            self._codes = codes
        return self._codes

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes() or [('equal', 0, 1, 0, 1)]
        # Unchanged runs at the ends keep only n items of context.  Like CPython,
        # this rewrites the cached opcode list itself.
        for end, trim in ((0, _equal_tail), (-1, _equal_head)):
            if codes[end][0] == 'equal':
                codes[end] = trim(codes[end], n)
        hunk = []
        for code in codes:
            if code[0] != 'equal' or code[2] - code[1] <= 2 * n:
                hunk.append(code)
                continue
            # A long unchanged run closes this hunk and opens the next one.
            yield hunk + [_equal_head(code, n)]
            hunk = [_equal_tail(code, n)]
        if len(hunk) > 1 or hunk[0][0] != 'equal':
            yield hunk

    def ratio(self):
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _score(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        # Upper bound: size of the multiset intersection of a and b.
        if self._bcounts is None:
            self._bcounts = _tally(self.b)
        left = dict(self._bcounts)
        matched = 0
        for x in self.a:
            spare = left.get(x, 0)
            if spare:
                left[x] = spare - 1
                matched += 1
        return _score(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _score(min(la, lb), la + lb)


_GAP_TAGS = {(True, True): 'replace', (True, False): 'delete', (False, True): 'insert'}


def _tally(items):
    counts = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    return counts


def _equal_head(code, n):
    # The first n items of an 'equal' opcode.
    return (code[0], code[1], min(code[2], code[1] + n), code[3], min(code[4], code[3] + n))


def _equal_tail(code, n):
    # The last n items of an 'equal' opcode.
    return (code[0], max(code[1], code[2] - n), code[2], max(code[3], code[4] - n), code[4])


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    matcher = SequenceMatcher(None, '', word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds rule most candidates out before the real ratio.
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    scored.sort(reverse=True)
    return [pair[1] for pair in scored[:n]]


def IS_LINE_JUNK(line, pat=None):
    # Blank, or a lone '#', apart from whitespace.
    if pat is not None:
        return pat(line) is not None
    return line.strip(_WS) in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    return ch in ws


def _dump(mark, lines, lo, hi):
    return ['%s %s' % (mark, lines[k]) for k in range(lo, hi)]


def _guide(line, tags):
    # The '?' guide: tags under the line, keeping the line's own whitespace
    # (tabs) under untouched spots so the marks line up.
    out = []
    for k in range(min(len(line), len(tags))):
        t = tags[k]
        out.append(line[k] if t == ' ' and line[k] in _WS else t)
    return ''.join(out).rstrip(_WS)


class Differ:
    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._rewrite(a, alo, ahi, b, blo, bhi)
            elif tag == 'equal':
                yield from _dump(' ', a, alo, ahi)
            else:
                # One of the two ranges is empty.
                yield from _dump('-', a, alo, ahi) + _dump('+', b, blo, bhi)

    def _rewrite(self, a, alo, ahi, b, blo, bhi):
        # A replaced block: anchor on its most similar pair of lines, show their
        # intraline differences, and treat the pieces on each side the same way.
        # An explicit stack (ranges and finished lines) avoids deep recursion.
        stack = [(alo, ahi, blo, bhi)]
        while stack:
            job = stack.pop()
            if isinstance(job, list):
                yield from job
                continue
            alo, ahi, blo, bhi = job
            if alo < ahi and blo < bhi:
                anchor = self._anchor(a, alo, ahi, b, blo, bhi)
                if anchor is None:
                    # Nothing alike: the shorter side first ('-' on a tie).
                    gone, new = _dump('-', a, alo, ahi), _dump('+', b, blo, bhi)
                    stack.append(gone + new if ahi - alo <= bhi - blo else new + gone)
                    continue
                i, j, lines = anchor
                stack.append((i + 1, ahi, j + 1, bhi))
                stack.append(lines)
                stack.append((alo, i, blo, j))
            elif alo < ahi:
                stack.append(_dump('-', a, alo, ahi))
            elif blo < bhi:
                stack.append(_dump('+', b, blo, bhi))

    def _anchor(self, a, alo, ahi, b, blo, bhi):
        # The pair scoring highest (at least 0.75, first found on ties, scanning
        # b's lines then a's); failing that, the first pair of identical lines.
        matcher = SequenceMatcher(self.charjunk)
        best, where, twin = 0.74, None, None
        for j in range(blo, bhi):
            target = b[j]
            matcher.set_seq2(target)
            for i in range(alo, ahi):
                same = a[i] == target
                if same and twin is None:
                    twin = (i, j, ['  ' + a[i]])
                score = 0.0 if same else _closeness(matcher, a[i], best)
                if score > best:
                    best, where = score, (i, j)
        if best < 0.75:
            return twin
        i, j = where
        return i, j, _marked_pair(matcher, a[i], b[j])


def _closeness(matcher, line, floor):
    # matcher's ratio against line, or 0.0 when the cheap bounds show it cannot beat floor.
    matcher.set_seq1(line)
    if matcher.real_quick_ratio() > floor and matcher.quick_ratio() > floor:
        return matcher.ratio()
    return 0.0


# The character under each element of an opcode in the '?' guide (a delete has
# nothing on b's side and an insert nothing on a's, so one character serves).
_GUIDE_CHAR = {'equal': ' ', 'replace': '^', 'delete': '-', 'insert': '+'}


def _marked_pair(matcher, aline, bline):
    matcher.set_seqs(aline, bline)
    atags, btags = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        atags.append(_GUIDE_CHAR[tag] * (i2 - i1))
        btags.append(_GUIDE_CHAR[tag] * (j2 - j1))
    out = []
    for mark, line, tags in (('- ', aline, atags), ('+ ', bline, btags)):
        out.append(mark + line)
        guide = _guide(line, ''.join(tags))
        if guide:
            out.append('? ' + guide + '\n')
    return out


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    choice = int(which)
    if choice == 1:
        wanted = '- '
    elif choice == 2:
        wanted = '+ '
    else:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,))
    for line in delta:
        head = line[:2]
        if head == '  ' or head == wanted:
            yield line[2:]


def _require_text(a, b, extras):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            first = lines[0]
            raise TypeError('lines to compare must be str, not %s (%r)' % (type(first).__name__, first))
    bad = [x for x in extras if not isinstance(x, str)]
    if bad:
        raise TypeError('all arguments must be str, not: %r' % (bad[0],))


def _stamp(name, date):
    return name + '\t' + date if date else name


def _unified_span(lo, hi):
    # 'start,count' (1-based; an empty range names the line before it).
    count = hi - lo
    if count == 1:
        return str(lo + 1)
    return '%d,%d' % (lo + 1 if count else lo, count)


def _context_span(lo, hi):
    # 'first,last' (1-based; an empty range names the line before it).
    if hi - lo > 1:
        return '%d,%d' % (lo + 1, hi)
    return str(hi)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    _require_text(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    headed = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not headed:
            headed = True
            yield '--- ' + _stamp(fromfile, fromfiledate) + lineterm
            yield '+++ ' + _stamp(tofile, tofiledate) + lineterm
        first, last = hunk[0], hunk[-1]
        yield '@@ -%s +%s @@%s' % (_unified_span(first[1], last[2]), _unified_span(first[3], last[4]), lineterm)
        for code in hunk:
            old, new = a[code[1]:code[2]], b[code[3]:code[4]]
            if code[0] == 'equal':
                yield from [' ' + line for line in old]
            else:
                # Removed lines, then added ones (either may be none).
                yield from ['-' + line for line in old] + ['+' + line for line in new]


_CONTEXT_MARK = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    _require_text(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    headed = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not headed:
            headed = True
            yield '*** ' + _stamp(fromfile, fromfiledate) + lineterm
            yield '--- ' + _stamp(tofile, tofiledate) + lineterm
        first, last = hunk[0], hunk[-1]
        old, new = [], []
        old_changed = new_changed = False
        for tag, i1, i2, j1, j2 in hunk:
            mark = _CONTEXT_MARK[tag]
            old.extend([mark + line for line in a[i1:i2]])
            new.extend([mark + line for line in b[j1:j2]])
            old_changed = old_changed or tag in ('replace', 'delete')
            new_changed = new_changed or tag in ('replace', 'insert')
        yield '***************' + lineterm
        # Each side lists its lines only when it has changes of its own.
        yield '*** %s ****%s' % (_context_span(first[1], last[2]), lineterm)
        if old_changed:
            yield from old
        yield '--- %s ----%s' % (_context_span(first[3], last[4]), lineterm)
        if new_changed:
            yield from new


def _bytes_to_text(x):
    if isinstance(x, str) or not hasattr(x, 'decode'):
        raise TypeError('all arguments must be bytes, not %s (%r)' % (type(x).__name__, x))
    return x.decode('latin-1')


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    # latin-1 maps each byte to one character and back, so the text diff
    # functions can run unchanged on undecodable data.
    a = [_bytes_to_text(x) for x in a]
    b = [_bytes_to_text(x) for x in b]
    names = [_bytes_to_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    term = _bytes_to_text(lineterm)
    for line in dfunc(a, b, names[0], names[1], names[2], names[3], n, term):
        yield line.encode('latin-1')


def __getattr__(name):
    # HtmlDiff is big and rarely used: load it on first access.
    if name == 'HtmlDiff':
        from _difflib_html import HtmlDiff
        try:
            globals()['HtmlDiff'] = HtmlDiff   # later lookups skip this hook
        except Exception:
            pass
        return HtmlDiff
    raise AttributeError("module 'difflib' has no attribute '%s'" % name)
