# compile() takes its arguments by name, with CPython's errors (patch 0291).
for kw in ({'dont_inherit': True}, {'flags': 0}, {'optimize': -1}, {'flags': 0, 'dont_inherit': True, 'optimize': 0}):
    c = compile('x = 1\n', '<string>', 'exec', **kw)
    print(sorted(kw), type(c).__name__)
c = compile(source='2 + 3', filename='<expr>', mode='eval')
print(eval(c))
print(type(compile('x = 1\n', '<string>', 'exec', 0, True)).__name__)
for bad in ({'sauce': 1}, {'source': 'x'}):
    try:
        compile('1', '<s>', 'eval', **bad)
    except TypeError as e:
        print('TypeError', e)
try:
    compile('1', '<s>')
except TypeError as e:
    print('TypeError', e)
try:
    compile('1 +', '<s>', 'eval', dont_inherit=True)
except SyntaxError as e:
    print('SyntaxError', e.filename)
