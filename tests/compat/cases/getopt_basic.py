# getopt: getopt/gnu_getopt results, long-option prefix matching, '--',
# POSIXLY_CORRECT and '+', GetoptError messages, opt, args and the error alias.
import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)


def run(fn, args, short, longs=[]):
    try:
        print(fn.__name__, args, '->', fn(args, short, longs))
    except getopt.GetoptError as e:
        print(fn.__name__, args, 'GetoptError', str(e), repr(e.msg), repr(e.opt), e.args)


for fn in (getopt.getopt, getopt.gnu_getopt):
    run(fn, ['-a', '-bval', '-c', 'x', 'file', '-a'], 'ab:c:')
    run(fn, ['-abfoo', 'rest'], 'ab:')
    run(fn, ['-ab', 'next', 'rest'], 'ab:')
    run(fn, ['--alpha', '--beta=1', '--beta', '2', 'x'], '', ['alpha', 'beta='])
    run(fn, ['--al', '--be=3'], '', ['alpha', 'beta='])
    run(fn, ['--b=3'], '', ['beta=', 'bravo'])
    run(fn, ['--b'], '', ['beta', 'bravo'])
    run(fn, ['--beta'], '', ['beta', 'betamax'])
    run(fn, ['--beta=x'], '', ['beta', 'betamax='])
    run(fn, ['--beta'], '', ['beta=', 'betamax'])
    run(fn, ['--gamma'], '', ['alpha'])
    run(fn, ['--alpha=x'], '', ['alpha'])
    run(fn, ['--alpha='], '', ['alpha='])
    run(fn, ['--alpha'], '', ['alpha='])
    run(fn, ['-x'], 'ab')
    run(fn, ['-b'], 'ab:')
    run(fn, ['-a', '--', '-b', 'c'], 'ab')
    run(fn, ['-', '-a'], 'a')
    run(fn, ['a', '-a', '--', '-a'], 'a')
    run(fn, ['--one'], '', 'one')
    run(fn, ['-:'], 'a:')
    run(fn, [], 'a')
    run(fn, ('-a', 'x'), 'a')

run(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
os.environ['POSIXLY_CORRECT'] = '1'
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')
run(getopt.gnu_getopt, ['-a', 'x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')

print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('boom')
print(repr(e.msg), repr(e.opt), e.args, str(e))
try:
    raise getopt.error('custom', 'z')
except getopt.GetoptError as err:
    print('caught', err, err.opt)

# the usual script pattern
argv = ['-v', '--output=out.txt', '-n', '3', 'in1', 'in2']
opts, args = getopt.getopt(argv, 'vn:', ['verbose', 'output=', 'count='])
conf = {'verbose': False}
for o, a in opts:
    if o in ('-v', '--verbose'):
        conf['verbose'] = True
    elif o == '--output':
        conf['output'] = a
    elif o in ('-n', '--count'):
        conf['count'] = int(a)
print(sorted(conf.items()), args)
