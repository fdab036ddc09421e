# optparse: actions, types, dest inference, defaults, nargs, callbacks,
# groups, Values, interspersed args, '--', clustering, and --help layout
# (IndentedHelpFormatter and TitledHelpFormatter at COLUMNS=80 and 50).
import contextlib
import os
import sys
import optparse
from optparse import OptionParser, OptionGroup, Values, make_option

os.environ['COLUMNS'] = '80'


def run(p, args):
    with contextlib.redirect_stderr(sys.stdout):
        try:
            opts, rest = p.parse_args(args)
            print(str(opts), rest)
            return opts
        except SystemExit as e:
            print('exit', e.code)


seen = []


def cb(option, opt_str, value, parser, *a, **kw):
    seen.append((str(option), opt_str, value, a, sorted(kw.items()), parser.largs[:], parser.rargs[:]))
    setattr(parser.values, option.dest or 'cb', value)


p = OptionParser(prog='tool', usage='%prog [options] FILE...', version='%prog 2.5',
                 description='Process the given files and write a report. This description is long enough that it has to wrap across more than one line of output.',
                 epilog='Report bugs to nobody. The epilog is also wrapped to the terminal width like the description is.')
p.add_option('-f', '--file', dest='filename', metavar='FILE', default='report.txt',
             help='write the report to FILE [default: %default]')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
             help="don't print status messages to stdout")
p.add_option('-v', action='count', help='more noise; repeat for even more noise than before')
p.add_option('-n', '--num', type='int', default='7', help='a number (default %default)')
p.add_option('--ratio', type='float')
p.add_option('--big', type='long')
p.add_option('--cx', type='complex')
p.add_option('--mode', choices=['fast', 'slow'], default='fast', help='one of fast, slow')
p.add_option('--point', nargs=2, type='int', metavar='X Y')
p.add_option('-I', '--include', action='append', dest='inc', help='add a directory')
p.add_option('--const', action='store_const', const=42)
p.add_option('--tag', action='append_const', const='t', dest='tags')
p.add_option('--dry-run', action='store_true')
p.add_option('--hidden', help=optparse.SUPPRESS_HELP)
p.add_option('--cb', action='callback', callback=cb, type='string', callback_args=(1, 2), callback_kwargs={'k': 'v'}, dest='cbval')
p.add_option('--flagcb', action='callback', callback=cb)
p.add_option('--a-really-long-option-name-here', type=str, help='long option strings push the help text to the next line')
g = OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk. It is believed that some of them bite.')
g.add_option('-g', action='store_true', help='Group option.')
g.add_option('--group-val', metavar='V', help='value in a group')
p.add_option_group(g)
g2 = p.add_option_group('Empty group')
print(p.get_option_group('-g') is g, p.get_option_group('-f'), p.has_option('--quiet'), p.get_option('-q').dest)

print(p.format_help())
print(repr(p.get_usage()))
print(p.get_version())
print(p.defaults)

run(p, [])
run(p, ['a', '-f', 'x.txt', 'b', '-qvvv', '-n', '010', 'c'])
run(p, ['--file=y', '--num', '0x1f', '--ratio=2.5', '--big', '-12', '--cx', '1+2j'])
run(p, ['-n0b101', '--mode', 'slow', '--point', '3', '4', '--point=5', '6'])
run(p, ['-I', 'a', '--include=b', '-Ic', '--inc', 'd', '--const', '--tag', '--tag'])
run(p, ['--dry', 'x', '--', '-q', '--file', 'z'])
run(p, ['-fq', '-', 'rest'])
run(p, ['--cb', 'hello', 'pos', '--flagcb', '--hidden=h'])
print(seen)
o = run(p, ['-vq'])
print(o.verbose, o.v, o.filename, o.ensure_value('v', 0), o.ensure_value('missing', []), o.missing)

# disable_interspersed_args: first positional stops option parsing.
p.disable_interspersed_args()
run(p, ['-q', 'cmd', '-v', '--file', 'f'])
p.enable_interspersed_args()
run(p, ['-q', 'cmd', '-v'])

# set_defaults / set_default, process of string defaults through the type.
p.set_defaults(num='0x20', verbose=False)
p.set_default('filename', None)
run(p, [])
p.set_process_default_values(False)
run(p, [])

# Values
v = Values({'a': 1, 'b': [2]})
print(str(v), v == {'a': 1, 'b': [2]}, v == Values({'a': 1, 'b': [2]}), v != {'a': 1}, v == 3)
print(repr(v).startswith('<Values at 0x'), repr(v).endswith(": {'a': 1, 'b': [2]}>"))
v.c = 5
print(v.__dict__, vars(v))
v._update_loose({'z': 1})
v._update_careful({'a': 9, 'nope': 1})
print(v)
print(Values(), Values(None) == {})

# Options built separately; option_list argument; make_option alias.
opts = [make_option('-x', action='store_true'), optparse.Option('--yy', type='choice', choices=('1', '2'))]
p2 = OptionParser(option_list=opts, prog='p2', add_help_option=False)
print([str(o) for o in p2.option_list], opts[1].type, opts[1].dest, opts[0].dest, opts[1].get_opt_string())
print(repr(opts[0]).startswith('<Option at 0x'), repr(opts[0]).endswith(': -x>'))
run(p2, ['-x', '--yy', '2'])
print(repr(p2.format_help()))
p2.remove_option('-x')
print(p2.has_option('-x'), [str(o) for o in p2.option_list])

# conflict_handler='resolve' takes strings away from the older option.
p3 = OptionParser(prog='p3', conflict_handler='resolve')
p3.add_option('-n', '--dry-run', action='store_true', help='do no harm')
p3.add_option('-n', '--noisy', action='store_true', help='be noisy')
p3.add_option('-H', '--help', action='store_true', help='not the usual help')
print([str(o) for o in p3.option_list])
print(p3.format_help())

# --help and --version exit 0 after printing.
for args in (['--help'], ['--version'], ['-h', '--bogus']):
    run(p, args)
with contextlib.redirect_stderr(sys.stdout):
    try:
        OptionParser(prog='nv').parse_args(['--version'])
    except SystemExit as e:
        print('exit', e.code)

# Narrow terminal, usage suppressed, TitledHelpFormatter.
os.environ['COLUMNS'] = '50'
p4 = OptionParser(prog='narrow', usage=optparse.SUPPRESS_USAGE, formatter=optparse.TitledHelpFormatter(),
                  description='%prog is a program with a narrow terminal and a titled formatter.')
p4.add_option('-o', '--output', metavar='PATH', help='where to write the output of the program, which is a long sentence')
p4.add_option('-z', action='store_true')
g4 = p4.add_option_group('Extra', 'More.')
g4.add_option('--extra', help='an extra option')
print(p4.format_help())
print(repr(p4.get_usage()))
p5 = OptionParser(prog='u', usage='Usage: %prog x')
print(p5.format_help())
f = optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=60, short_first=0)
f.set_long_opt_delimiter(' ')
f.set_short_opt_delimiter('')
p6 = OptionParser(prog='p6', formatter=f)
p6.add_option('-s', '--size', type='int', help='size in bytes')
print(p6.format_help())
os.environ['COLUMNS'] = 'wide'
print(optparse.IndentedHelpFormatter().width)
del os.environ['COLUMNS']
print(optparse.IndentedHelpFormatter().width)
