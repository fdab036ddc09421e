# Formatting helpers in a workflow: textwrap, shlex, string.Template.
import shlex
import string
import textwrap

doc = '''\
    Usage notes:
      - first item
      - second item is a much longer line that will need wrapping when filled to a narrow width

    End.
'''
print(textwrap.dedent(doc))
print(textwrap.indent(textwrap.dedent(doc), '> '))
print(textwrap.indent('a\n\nb\n', '+ ', predicate=lambda line: True))
long = 'The quick brown fox jumps over the lazy dog. ' * 4
print(textwrap.fill(long, width=30))
print(textwrap.wrap(long, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(long, width=40), '|', textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('short', 10, placeholder='..'))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.fill('a-very-long-hyphenated-identifier and more', 12))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('one\ntwo\tthree', 40))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=' [...]')
print(w.wrap(long))

cmd = 'deploy --env "prod east" --tag=v1.2 \'single quoted\' escaped\\ space # comment'
print(shlex.split(cmd))
print(shlex.split(cmd, comments=True))
print(shlex.quote('plain'), shlex.quote('has space'), shlex.quote("it's"), shlex.quote(''), shlex.quote('a$b'))
print(shlex.join(['git', 'commit', '-m', 'fix: a bug', "don't"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print('ValueError', e)
lex = shlex.shlex('a=1 b="two words" c', posix=True)
lex.whitespace_split = True
print(list(lex))

t = string.Template('Release $version of ${project}: $$5 fee, $missing')
print(t.safe_substitute(version='1.2', project='pywasm'))
try:
    t.substitute(version='1.2', project='pywasm')
except KeyError as e:
    print('KeyError', e)
print(string.Template('$a-$b').substitute({'a': 1}, b=2), string.Template('x').template)
try:
    string.Template('bad $').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace))
print(string.capwords('hello   wide world'), string.capwords('a-b c-d', '-'))
f = string.Formatter()
print(f.format('{0}-{name}', 1, name='n'), list(f.parse('a{0}b{x:>3}c')))
