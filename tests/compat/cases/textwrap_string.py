import textwrap, string
t = "The quick brown fox jumps over the lazy dog. A well-known, state-of-the-art example of text wrapping; supercalifragilisticexpialidocious words break.  Two  spaces."
for w in (10, 20, 35, 70):
    print(textwrap.wrap(t, w))
print(textwrap.fill(t, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(t, 15, break_long_words=False), textwrap.wrap(t, 15, break_on_hyphens=False))
print(textwrap.shorten(t, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', width=11))
print(textwrap.wrap(t, 25, max_lines=3), textwrap.wrap(t, 25, max_lines=2, placeholder='...'))
print(repr(textwrap.dedent('''\
    def f():
        return 1
      
    x''')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)))
print(textwrap.wrap('a\tb\tc', 4), textwrap.wrap('', 5), textwrap.wrap('   ', 5), textwrap.wrap('x' * 12, 5), textwrap.wrap('Hi. There. ok', 5, fix_sentence_endings=True))
print(textwrap.fill('one two three four five six seven', 9, drop_whitespace=False))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords(' hello   wORLD  x '), string.capwords('a-b c-d', '-'))
s = string.Template('$who likes ${what} $$ $x'); print(s.substitute(who='tim', what='kung pao', x=1), s.safe_substitute(who='a'), s.get_identifiers())
try: string.Template('$ bad').substitute()
except ValueError as e: print(e)
try: string.Template('$a').substitute()
except KeyError as e: print('KeyError', e.args)
