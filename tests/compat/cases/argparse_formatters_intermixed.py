# argparse beyond the basics: the formatter classes (MetavarType, raw
# text, defaults), subcommand help aligned as CPython measures it, parents
# with conflict_handler='resolve', @file arguments (a missing file is a
# usage error), parse_intermixed_args, exit_on_error=False, custom actions,
# and the usage and error texts (stderr captured).
import argparse, io, sys, contextlib, os
def run(p, argv):
    err = io.StringIO(); out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            r = p.parse_args(argv)
        print('OK', r)
    except SystemExit as e:
        print('EXIT', e.code)
    if out.getvalue(): print('OUT:', out.getvalue())
    if err.getvalue(): print('ERR:', err.getvalue())
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter, description='''First line.

    Indented para   with   spaces.''')
p.add_argument('--count', type=int, default=5, help='how many')
p.add_argument('--name', default='x', help='the name')
p.add_argument('--nohelp', default=1)
p.add_argument('--sup', help=argparse.SUPPRESS)
p.add_argument('--none', default=None, help='none default')
p.add_argument('--flag', action='store_true', help='a flag')
p.add_argument('pos', nargs='?', default='P', help='positional')
p.print_help()
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter, description='Line 1\n  Line 2\n\nLine 4', epilog='ep1\n  ep2')
r.add_argument('--x', help='x help\n  keeps? no')
r.print_help()
t = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
t.add_argument('--x', help='x help\n  keeps newline')
t.print_help()
mt = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument('--n', type=int); mt.add_argument('f', type=float)
mt.print_help()
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--c', choices=range(3), type=int)
try:
    q.parse_args(['--n', 'abc'])
except argparse.ArgumentError as e:
    print('AE', e, '|', e.argument_name, '|', e.message)
try:
    q.parse_args(['--c', '7'])
except argparse.ArgumentError as e:
    print('AE', e)
def posint(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
a = argparse.ArgumentParser(prog='a')
a.add_argument('--k', type=posint)
a.add_argument('--f', type=float)
a.add_argument('--req', required=True)
a.add_argument('--choice', choices=['red', 'green'])
a.add_argument('files', nargs='+')
run(a, ['--k', '-3', '--req', 'r', 'x'])
run(a, ['--k', '0', '--req', 'r', 'x'])
run(a, ['--f', 'nan?', '--req', 'r', 'x'])
run(a, ['x'])
run(a, ['--req', 'r'])
run(a, ['--req', 'r', 'x', '--choice', 'blue'])
run(a, ['--req', 'r', 'x', '--bogus', '--other=1'])
run(a, ['--re', 'r', 'x'])
run(a, ['-h'])
ab = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
ab.add_argument('--verbose', action='store_true')
run(ab, ['--verb'])
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--verbose'); amb.add_argument('--version-file')
run(amb, ['--ver', 'x'])
sp = argparse.ArgumentParser(prog='sp')
subs = sp.add_subparsers(dest='cmd', required=True, metavar='COMMAND', title='commands', description='available commands')
s1 = subs.add_parser('build', help='build it', aliases=['b'])
s1.add_argument('--jobs', '-j', type=int, default=1)
s1.set_defaults(func='build_fn')
s2 = subs.add_parser('test', help='test it', description='Run the tests.')
s2.add_argument('pattern', nargs=argparse.REMAINDER)
run(sp, [])
run(sp, ['bild'])
run(sp, ['b', '-j', '4'])
run(sp, ['test', '-k', 'x', '--', 'y'])
run(sp, ['-h'])
run(sp, ['build', '-h'])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='c.ini')
child = argparse.ArgumentParser(prog='child', parents=[parent], conflict_handler='resolve')
child.add_argument('--config', default='override.ini', help='overridden')
run(child, [])
run(child, ['-h'])
me = argparse.ArgumentParser(prog='me')
g = me.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true'); g.add_argument('--yaml', action='store_true'); g.add_argument('--fmt')
run(me, [])
run(me, ['--json', '--fmt', 'x'])
run(me, ['-h'])
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--a'); ff.add_argument('rest', nargs='*')
import tempfile
d = tempfile.mkdtemp()
fn = os.path.join(d, 'args.txt')
with open(fn, 'w') as f:
    f.write('--a\nvalue\nr1\n')
here = os.getcwd()
os.chdir(d)
run(ff, ['@args.txt', 'r2'])
run(ff, ['@missing.txt'])
os.chdir(here)
os.remove(fn); os.rmdir(d)
ia = argparse.ArgumentParser(prog='ia')
ia.add_argument('--foo'); ia.add_argument('cmd'); ia.add_argument('rest', nargs='*')
print(ia.parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
ca = argparse.ArgumentParser(prog='ca', argument_default=argparse.SUPPRESS)
ca.add_argument('--name', action=Upper)
ca.add_argument('--c', action='store_const', const=42)
ca.add_argument('--e', action='extend', nargs='+', type=int)
ca.add_argument('--opt', nargs='?', const='CONST', default='DEF')
print(ca.parse_args(['--name', 'bob', '--e', '1', '2', '--e', '3', '--opt']), ca.parse_args([]))
lp = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-to-force-wrapping', usage=None)
lp.add_argument('--alpha-option', metavar='ALPHA_VALUE'); lp.add_argument('--beta', nargs='+'); lp.add_argument('--gamma', nargs='*', metavar=('G',))
lp.add_argument('--delta', nargs=3); lp.add_argument('input_file'); lp.add_argument('output_file', nargs='?'); lp.add_argument('-x', action='store_true'); lp.add_argument('-y', type=int, choices=[1, 2, 3])
lp.print_usage()
lp.print_help()
print(repr(argparse.Namespace(a=1, b='x')), argparse.Namespace(a=1) == argparse.Namespace(a=1))
vp = argparse.ArgumentParser(prog='vp'); vp.add_argument('-V', '--version', action='version', version='%(prog)s 2.0')
run(vp, ['-V'])
neg = argparse.ArgumentParser(prog='neg'); neg.add_argument('-1', dest='one', action='store_true'); neg.add_argument('x', nargs='?')
run(neg, ['-1'])
run(neg, ['-2'])
def call(f, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print('OK', f(argv))
    except SystemExit as e:
        print('EXIT', e.code, err.getvalue())
ia2 = argparse.ArgumentParser(prog='ia')
ia2.add_argument('--foo', required=True); ia2.add_argument('cmd'); ia2.add_argument('rest', nargs='*', type=int); ia2.add_argument('-v', action='count', default=0)
for argv in (['doit', '1', '--foo', 'bar', '2', '3'], ['--foo', 'x'], ['a', '--bogus', '--foo', 'f'], ['a', '1', '-v', '2', '--foo=z', '-vv', '3'], ['a', 'x', '--foo', 'q'], ['a']):
    call(ia2.parse_intermixed_args, argv)
    call(ia2.parse_known_intermixed_args, argv)
    call(ia2.parse_args, argv)
