"""textwrap: wrap, fill, shorten, dedent, indent and TextWrapper with width,
initial/subsequent_indent, expand_tabs, tabsize, replace_whitespace,
drop_whitespace, break_long_words, break_on_hyphens, max_lines, placeholder,
fix_sentence_endings."""

_WS = '\t\n\x0b\x0c\r '


_wordsep = None


def _wordsep_re():
    # Break points as CPython's TextWrapper.wordsep_re finds them, built
    # from named pieces.  A chunk is one of: a whitespace run; an em-dash
    # (two or more '-') after a word and before a word character; or a
    # word up to (a) a hyphen that has two letters, or letter-hyphen-letter,
    # before it and a letter (optionally '-' and another letter) after it,
    # (b) whitespace or the end, or (c) the start of an em-dash.
    global _wordsep
    if _wordsep is None:
        import re
        space = '[%s]' % re.escape(_WS)
        nonspace = '[^%s]' % re.escape(_WS)
        wordish = r'[\w!"\'&.,?]'
        letter = r'[^\d\W]'
        hyphen = ('-(?:(?<={L}{{2}}-)|(?<={L}-{L}-))(?={L}-?{L})'
                  .format(L=letter))
        word_end = r'(?=%s|\Z)' % space
        dash_ahead = r'(?<=%s)(?=-{2,}\w)' % wordish
        pieces = (
            space + '+',
            r'(?<=%s)-{2,}(?=\w)' % wordish,
            '%s+?(?:%s|%s|%s)' % (nonspace, hyphen, word_end, dash_ahead),
        )
        _wordsep = re.compile('(' + '|'.join(pieces) + ')')
    return _wordsep


def _chunks(text, hyphens):
    # Runs of whitespace and words; with break_on_hyphens, words also split
    # where CPython's wordsep_re splits them (the regex only for text with a
    # hyphen: without one it splits as the loop below does).
    if hyphens and '-' in text:
        return [c for c in _wordsep_re().split(text) if c]
    out, i, n = [], 0, len(text)
    while i < n:
        j = i
        sp = text[i] in _WS
        while j < n and (text[j] in _WS) == sp:
            j += 1
        w = text[i:j]
        if not sp and hyphens and '-' in w:
            k = 0
            for m in range(1, len(w) - 1):
                if w[m] == '-' and w[m - 1].isalpha() and (w[m + 1].isalpha() or w[m + 1].isdigit()) and w[k:m].replace('-', '') and not (k == 0 and w[0] == '-'):
                    out.append(w[k:m + 1])
                    k = m + 1
            out.append(w[k:])
        else:
            out.append(w)
        i = j
    return out


class TextWrapper:
    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width, self.initial_indent, self.subsequent_indent = width, initial_indent, subsequent_indent
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings, self.break_long_words = fix_sentence_endings, break_long_words
        self.drop_whitespace, self.break_on_hyphens, self.tabsize = drop_whitespace, break_on_hyphens, tabsize
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge(self, text):
        if self.expand_tabs:
            text = _expand(text, self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _fix(self, chunks):
        # CPython's sentence_end_re, [a-z][.!?]["']?\Z: an ASCII lowercase
        # letter, the punctuation, perhaps a closing quote
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if c[-1:] in ('"', "'"):
                c = c[:-1]
            if chunks[i + 1] == ' ' and len(c) >= 2 and c[-1] in '.!?' and 'a' <= c[-2] <= 'z':
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    # CPython's (private) names, which subclasses and tests use
    def _munge_whitespace(self, text):
        return self._munge(text)

    def _split(self, text):
        return [c for c in _chunks(text, self.break_on_hyphens) if c]

    def _split_chunks(self, text):
        return self._split(self._munge(text))

    _fix_sentence_endings = _fix

    def wrap(self, text):
        chunks = _chunks(self._munge(text), self.break_on_hyphens)
        if self.fix_sentence_endings:
            self._fix(chunks)
        return self._wrap_chunks(chunks)

    def _wrap_chunks(self, chunks):
        w = self.width
        if w <= 0:
            raise ValueError('invalid width %r (must be > 0)' % w)
        if self.max_lines is not None:
            ind = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(ind) + len(self.placeholder.lstrip()) > w:
                raise ValueError('placeholder too large for max width')
        lines = []
        chunks.reverse()
        while chunks:
            cur, cl = [], 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = w - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                chunks.pop()
            while chunks:
                l = len(chunks[-1])
                if cl + l <= width:
                    cur.append(chunks.pop())
                    cl += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                space = 1 if width < 1 else width - cl
                if self.break_long_words:
                    end = space
                    c = chunks[-1]
                    if self.break_on_hyphens and len(c) > space:
                        h = c.rfind('-', 0, space)
                        if h > 0 and c[:h].replace('-', ''):
                            end = h + 1
                    cur.append(c[:end])
                    cl += end
                    chunks[-1] = c[end:]
                elif not cur:
                    cur.append(chunks.pop())
                    cl += len(cur[-1])
            if self.drop_whitespace and cur and cur[-1].strip() == '':
                cl -= len(cur[-1])
                cur.pop()
            if cur:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()) and cl <= width):
                    lines.append(indent + ''.join(cur))
                else:
                    while cur:
                        if cur[-1].strip() and cl + len(self.placeholder) <= width:
                            cur.append(self.placeholder)
                            lines.append(indent + ''.join(cur))
                            break
                        cl -= len(cur[-1])
                        cur.pop()
                    else:
                        if lines:
                            prev = lines[-1].rstrip()
                            if len(prev) + len(self.placeholder) <= w:
                                lines[-1] = prev + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def _expand(s, tabsize=8):
    if '\t' not in s:
        return s
    out, col = [], 0
    for c in s:
        if c == '\t':
            k = tabsize - col % tabsize if tabsize > 0 else 0
            out.append(' ' * k)
            col += k
        else:
            out.append(c)
            col = 0 if c in '\n\r' else col + 1
    return ''.join(out)


def wrap(text, width=70, **kw):
    return TextWrapper(width=width, **kw).wrap(text)


def fill(text, width=70, **kw):
    return TextWrapper(width=width, **kw).fill(text)


def shorten(text, width, **kw):
    w = TextWrapper(width=width, max_lines=1, **kw)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    margin = None
    for l in lines:
        s = l.lstrip(' \t')
        if not s:
            continue
        ind = l[:len(l) - len(s)]
        if margin is None:
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    out = []
    for l in lines:
        if not l.strip(' \t'):
            out.append('')
        else:
            out.append(l[len(margin):] if margin else l)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    pred = predicate or (lambda l: l.strip())
    return ''.join(prefix + l if pred(l) else l for l in text.splitlines(True))
