# A release tool CLI: subcommands, mutually exclusive options, nargs, type errors, help text.
import argparse


class Parser(argparse.ArgumentParser):
    # Report errors on stdout (the corpus compares stdout), as a wrapper
    # around a CLI often does; subparsers inherit the class.
    def error(self, message):
        self.print_usage()
        print('error:', message)
        raise SystemExit(2)


def build():
    p = Parser(prog='release', description='Manage releases of the project.')
    p.add_argument('-q', '--quiet', action='store_true', help='print less')
    p.add_argument('--config', metavar='PATH', default='release.toml', help='config file (default: %(default)s)')
    sub = p.add_subparsers(dest='command', required=True, metavar='COMMAND')
    b = sub.add_parser('bump', help='bump the version', description='Bump the version number.')
    part = b.add_mutually_exclusive_group(required=True)
    part.add_argument('--major', action='store_true', help='bump the major part')
    part.add_argument('--minor', action='store_true', help='bump the minor part')
    part.add_argument('--patch', action='store_true', help='bump the patch part')
    b.add_argument('--dry-run', action='store_true')
    t = sub.add_parser('tag', help='create tags')
    t.add_argument('names', nargs='+', help='tag names')
    t.add_argument('-m', '--message', default='')
    t.add_argument('--sign', choices=['gpg', 'ssh', 'none'], default='none')
    s = sub.add_parser('stats', help='show statistics')
    s.add_argument('--top', type=int, default=10)
    s.add_argument('--since', type=str)
    s.add_argument('--weights', type=float, nargs=3, metavar=('A', 'B', 'C'))
    s.add_argument('paths', nargs='*', default=['.'])
    s.add_argument('--exclude', action='extend', nargs='+', default=[])
    s.set_defaults(handler='stats-handler')
    return p


def run(argv):
    p = build()
    try:
        ns = p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.args[0] if e.args else None)
        return None
    print(sorted(vars(ns).items()))
    return ns


run(['bump', '--minor'])
run(['-q', 'bump', '--patch', '--dry-run'])
run(['bump', '--major', '--minor'])
run(['bump'])
run(['tag', 'v1', 'v1.0', '-m', 'release notes', '--sign', 'gpg'])
run(['tag'])
run(['tag', 'x', '--sign', 'pgp'])
run(['stats', '--top', '3', 'a', 'b', '--exclude', 'x', 'y', '--exclude', 'z'])
run(['stats', '--top', 'many'])
run(['stats', '--weights', '1', '2.5'])
run(['stats', '--weights', '1', '2.5', '-3e1'])
run(['stats', '--unknown'])
run(['frobnicate'])
run([])
run(['--help'])
run(['bump', '-h'])
run(['stats', '--help'])
p = build()
ns, rest = p.parse_known_args(['stats', '--top=4', '--later', 'p1'])
print(ns.top, ns.paths, rest)
p2 = argparse.ArgumentParser(prog='conv', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument('--width', type=int, default=80, help='line width')
p2.add_argument('--name', default='x', help='a name')
p2.add_argument('files', nargs=argparse.REMAINDER)
print(p2.format_help())
print(p2.parse_args(['--width', '5', 'a', '--name', 'b']))
p3 = argparse.ArgumentParser(prog='env', allow_abbrev=False, add_help=False)
p3.add_argument('--verbose', '-v', action='count', default=0)
p3.add_argument('--set', action='append', type=lambda s: tuple(s.split('=', 1)), dest='pairs', default=[])
print(p3.parse_args(['-vv', '--set', 'a=1', '--set=b=2', '-v']))
print(p3.format_usage(), end='')
try:
    p3.parse_args(['--verb'])
except SystemExit as e:
    print('abbrev refused, exit', e.args[0])
