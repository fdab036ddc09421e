import shlex
for s in ['a b  c', 'echo "hello world" \'x y\' z\\ w', 'a"b"c \'d\'"e"', 'x # comment', '"a\\"b" \'a\\b\'', 'a\\\nb', '', '  ', 'e=$HOME "$x\\$y"', 'git commit -m "fix: a \\"quoted\\" msg"']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
for bad in ['"abc', "'x", 'a\\']:
    try: shlex.split(bad)
    except ValueError as e: print(e)
for q in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'ok/path-1.2:3,@%+=', 'ü']:
    print(shlex.quote(q))
print(shlex.join(['ls', '-l', 'my file', "o'k"]), list(shlex.shlex('a "b c"', posix=True)) if False else '')
