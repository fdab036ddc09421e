# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Release CLI with rich argparse features; prints help and error text."""
import argparse
import sys
import io
import contextlib
import textwrap


def make():
    p = argparse.ArgumentParser(
        prog="release",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=textwrap.dedent("""\
            Cut a release.

              steps:
                1. tag
                2. publish
            """),
        epilog="See docs for more.",
        fromfile_prefix_chars="@",
        allow_abbrev=True,
    )
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    p.add_argument("tag", help="tag name, like v1.2.3")
    p.add_argument("files", nargs="*", default=["dist/*"], help="files to upload (default: %(default)s)")
    p.add_argument("-r", "--repo", required=True, metavar="OWNER/NAME")
    p.add_argument("--draft", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--label", action="append", default=[], help="repeatable")
    p.add_argument("--level", type=int, choices=range(1, 4), default=1)
    p.add_argument("--const", action="store_const", const=42, dest="answer")
    p.add_argument("--ratio", type=float, default=0.5, help="a ratio [%(type)s]")
    p.add_argument("--extend", action="extend", nargs="+", type=str)
    p.add_argument("-q", action="store_false", dest="verbose")
    g = p.add_argument_group("publishing", "Options for the publish step")
    g.add_argument("--token", default=None, help="API token (env: GH_TOKEN)")
    g.add_argument("--dry-run", "-n", action="store_true")
    p.add_argument("--optional-value", nargs="?", const="C", default="D")
    p.add_argument("--pair", nargs=2, metavar=("K", "V"))
    return p


def run(argv, cls=None):
    p = make()
    if cls:
        p.formatter_class = cls
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
            print(sorted(vars(ns).items()))
        except SystemExit as e:
            code = e.code
    print(f"argv={argv} code={code}")
    print(out.getvalue(), end="")
    print("ERR:", err.getvalue(), end="")
    print("=====")


run(["v1", "-r", "o/n"])
run(["v1", "a.whl", "b.tgz", "--repo=o/n", "--label", "x", "--label=y", "--level", "3", "--const", "--ratio", "1e-3", "--extend", "a", "b", "--extend", "c", "-q", "-n", "--optional-value", "--pair", "k", "v"])
run(["v1", "-ro/n", "--optional-value", "X", "--dry"])
run(["--help"])
run(["--help"], argparse.ArgumentDefaultsHelpFormatter)
run(["--version"])
run(["v1"])
run(["v1", "-r", "o/n", "--level", "7"])
run(["v1", "-r", "o/n", "--ratio", "abc"])
run(["v1", "-r", "o/n", "--pair", "k"])
run(["v1", "-r", "o/n", "--la", "z"])
run(["v1", "-r", "o/n", "--d"])
run(["-r"])
run(["v1", "-r", "o/n", "--", "--not-an-option"])
p = argparse.ArgumentParser(prog="tiny", add_help=False, usage="%(prog)s [opts]")
p.add_argument("x", type=int)
print(p.format_help())
p.print_usage(sys.stdout)
try:
    p.error("custom failure")
except SystemExit as e:
    print("exit", e.code)
p2 = argparse.ArgumentParser(prog="ns", exit_on_error=False)
p2.add_argument("--n", type=int)
try:
    p2.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
ns = argparse.Namespace(a=1, b="x")
print(ns, "a" in ns, ns == argparse.Namespace(b="x", a=1), vars(ns))
p3 = argparse.ArgumentParser(prog="m", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=10, width=50))
p3.add_argument("--a-very-long-option-name", help="this help text is long enough that it must wrap around several times in the output")
p3.add_argument("pos", nargs="+", help="positional")
p3.add_argument("--ch", choices=["red", "green"], help="one of %(choices)s")
print(p3.format_help())
p4 = argparse.ArgumentParser(prog="sub")
sp = p4.add_subparsers(title="commands", dest="cmd", help="sub-command help")
sp.add_parser("a", help="do a").add_argument("--x")
sp.add_parser("b", help="do b", description="B desc")
print(p4.format_help())
print(p4.parse_args(["a", "--x", "1"]), p4.parse_args([]))
print(p4.parse_known_args(["a", "--x", "2", "--zz"]))
