# optparse: parse-time errors (usage + "prog: error: ..." on stderr, exit 2)
# with CPython's exact texts, and definition-time OptionError /
# OptionConflictError / TypeError / ValueError messages.
import contextlib
import os
import sys
import optparse
from optparse import OptionParser

os.environ['COLUMNS'] = '80'

p = OptionParser(prog='prog', usage='%prog [opts] ARG')
p.add_option('-n', type='int')
p.add_option('--num', type='int', nargs=2)
p.add_option('--f', type='float')
p.add_option('--cx', type='complex')
p.add_option('--c', choices=['a', 'b'])
p.add_option('--flag', action='store_true')
p.add_option('--abc', action='store_true')
p.add_option('--abd', action='store_true')
p.add_option('-x', action='store_true')


def run(parser, args):
    with contextlib.redirect_stderr(sys.stdout):
        try:
            o, a = parser.parse_args(args)
            print('ok', o, a)
        except SystemExit as e:
            print('exit', e.code)


for args in (['--x'], ['-q'], ['-xq'], ['-n'], ['--num', '1'], ['--num'],
             ['-n', 'x'], ['-n', '1.5'], ['-n', '-0x5'], ['-n', '08'], ['-n', ''],
             ['--f', 'nan?'], ['--cx', '1+'], ['--num', '1', 'two'],
             ['--c', 'z'], ['--c=A'], ['--flag=yes'], ['--fl=1'], ['--a'], ['--ab'],
             ['--abc=1'], ['--n', '1', '2'], ['--'], ['-', '--abd'], ['--f=1e3', '--ab', '--abd']):
    print(args)
    run(p, args)

# parser.error() directly, and with usage suppressed.
with contextlib.redirect_stderr(sys.stdout):
    try:
        p.error('custom failure')
    except SystemExit as e:
        print('exit', e.code)
    q = OptionParser(prog='quiet', usage=optparse.SUPPRESS_USAGE)
    try:
        q.parse_args(['--nope'])
    except SystemExit as e:
        print('exit', e.code)
    try:
        q.exit(3, 'bye\n')
    except SystemExit as e:
        print('exit', e.code)
    try:
        q.exit()
    except SystemExit as e:
        print('exit', e.code)

# A bad string default is checked when parse_args builds the defaults.
bad = OptionParser(prog='bad')
bad.add_option('-k', type='int', default='zz')
try:
    bad.parse_args([])
except optparse.OptionValueError as e:
    print('OptionValueError', e)

# Exceptions raised by hand.
for e in (optparse.BadOptionError('--q'), optparse.AmbiguousOptionError('--a', ['--ab', '--ac']),
          optparse.OptionValueError('bad value'), optparse.OptParseError('plain')):
    print(type(e).__name__, str(e), getattr(e, 'msg', None), e.args, isinstance(e, optparse.OptParseError))
print(issubclass(optparse.AmbiguousOptionError, optparse.BadOptionError),
      issubclass(optparse.OptionConflictError, optparse.OptionError))


def define(*args, **kw):
    parser = OptionParser(prog='d')
    try:
        o = parser.add_option(*args, **kw)
        print('ok', o, o.action, o.type, o.dest, o.nargs)
    except (optparse.OptionError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, str(e) if not isinstance(e, IndexError) else '')
        if isinstance(e, optparse.OptionError):
            print('  ', repr(e.option_id), e.msg)


define('x')
define('-')
define('-xy')
define('--')
define('---x')
define('-x', '--')
define('')
define()
define(None, '')
define('-a', bogus=1, other=2)
define('-a', action='explode')
define('-a', type='decimal')
define('-a', type=int)
define('-a', type=str)
define('-a', type=float, action='append')
define('-a', type='int', action='store_true')
define('-a', type='choice')
define('-a', type='choice', choices={'x'})
define('-a', type='choice', choices='xy')
define('-a', choices=('x',), type='int')
define('-a', const=1)
define('-a', action='store_true', nargs=2)
define('-a', action='callback', callback=3)
define('-a', action='callback', callback=print, callback_args=[1])
define('-a', action='callback', callback=print, callback_kwargs=[('a', 1)])
class Cb:
    def __call__(self, *a):
        pass

    def __repr__(self):
        return '<Cb>'


define('-a', callback=Cb())
define('-a', action='callback', callback=Cb(), callback_args=(1,), callback_kwargs={'k': 1})
define('-a', callback_args=(1,))
define('-a', callback_kwargs={})
define('-a', action='callback', callback=print)
define('-a', action='callback', callback=print, type='int', nargs=3)
define('-a', action='count')
define('-a', '--all-things', action='append_const', const=1)
define('--version-info', action='version')
define(3)
define(optparse.Option('-z'), help='x')
define('-h')
define('--help')

p2 = OptionParser(prog='c')
p2.add_option('-a', '--aa')
try:
    p2.add_option('-b', '--aa', '-a')
except optparse.OptionConflictError as e:
    print('OptionConflictError', e)
g = p2.add_option_group('G')
try:
    g.add_option('--aa')
except optparse.OptionConflictError as e:
    print('OptionConflictError', e)
try:
    p2.remove_option('--zz')
except ValueError as e:
    print('ValueError', e)
for bad_group in ('x', optparse.OptionGroup(OptionParser(), 'other')):
    try:
        p2.add_option_group(bad_group) if bad_group != 'x' else p2.add_option_group(5)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p2.add_option_group()
except (TypeError, IndexError) as e:
    print(type(e).__name__)
try:
    OptionParser(conflict_handler='ignore')
except ValueError as e:
    print('ValueError', e)
f = optparse.IndentedHelpFormatter()
for call in (lambda: f.set_short_opt_delimiter('='), lambda: f.set_long_opt_delimiter('')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
try:
    optparse.HelpFormatter(2, 24, 80, 1).format_usage('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    optparse.Values({'a': 1})._update({}, 'sloppy')
except ValueError as e:
    print('ValueError', e)
