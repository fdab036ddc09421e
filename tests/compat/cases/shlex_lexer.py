# shlex.shlex as scripts use it beyond split(): whitespace_split with extra
# whitespace characters, punctuation_chars, compatibility (non-POSIX) mode,
# comments ending a word, push_token, lineno and split(posix=False).
import shlex

lx = shlex.shlex('a=b, c="d e",f', posix=True)
lx.whitespace_split = True
lx.whitespace += ','
print(list(lx))
print(list(shlex.shlex('ls -l|grep x && echo "a;b" > out.txt; (cd d)', posix=True, punctuation_chars=True)))
print(list(shlex.shlex("name = 'value' # trailing\nnext=1")))
print(list(shlex.shlex('x "a b" \'c\' d.e', posix=False)))
lx = shlex.shlex('one two\nthree', posix=True)
print(lx.get_token(), lx.lineno)
lx.push_token('pushed')
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.lineno, lx.get_token())
print(shlex.shlex('').get_token() == '', shlex.shlex('', posix=True).get_token())
print(shlex.split('a#b c # d', comments=True), shlex.split('x "y\\z" \'q\'', posix=False))
print(shlex.split('"a\\$b" "c\\\\d" e\\ f'))
for bad in ['"open', 'x\\']:
    try:
        list(shlex.shlex(bad, posix=True))
    except ValueError as e:
        print('ValueError', e)
lx = shlex.shlex('k1=v1 k2="v 2"', posix=True)
lx.whitespace_split = True
print(dict(t.split('=', 1) for t in lx), lx.error_leader('f.cfg', 3))
