#!/usr/bin/env python3
"""Find code in our Python library that repeats CPython's standard library.

The library (port/python) is written for pywasm: CPython's modules are read
to learn behaviour, never copied. This scans for runs of WINDOW consecutive
lines (indentation, blank lines and comments ignored) that also occur in the
stdlib of the python3 running it, and lists each of our files by how many of
its lines such runs cover, with the CPython file they come from.

    python3 scripts/originality.py [--window 6] [--min 12] [PATH...]

PATHs limit the report to those files. Runs made only of short or trivial
lines (`else:`, `return`, brackets) are not counted. A listing is not a
verdict: API tables (`__all__`, class attributes callers read) may have to be
the same; method bodies and comments may not.
"""
import argparse
import collections
import os
import sysconfig

TRIVIAL = {'else:', 'try:', 'pass', 'return', 'continue', 'break', 'finally:', 'return None',
           'return self', 'return True', 'return False', ')', ']', '}', '"""', "'''"}
SKIP_DIRS = {'test', 'tests', 'site-packages', 'idlelib', 'lib2to3', 'tkinter', 'turtledemo'}


def code_lines(path):
    out = []
    with open(path, errors='replace') as f:
        for line in f:
            text = line.strip()
            if text and not text.startswith('#'):
                out.append(text)
    return out


def significant(window):
    return sum(1 for text in window if text not in TRIVIAL and len(text) > 8) >= 4


def index_stdlib(root, width):
    seen = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            if name.endswith('.py'):
                path = os.path.join(folder, name)
                lines = code_lines(path)
                for at in range(len(lines) - width + 1):
                    window = tuple(lines[at:at + width])
                    if significant(window):
                        seen.setdefault(window, os.path.relpath(path, root))
    return seen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('paths', nargs='*')
    parser.add_argument('--window', type=int, default=6)
    parser.add_argument('--min', type=int, default=12, help='report files with at least this many covered lines')
    opts = parser.parse_args()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    library = os.path.join(here, 'port', 'python')
    stdlib = sysconfig.get_paths()['stdlib']
    known = index_stdlib(stdlib, opts.window)
    wanted = [os.path.abspath(p) for p in opts.paths]
    rows = []
    for folder, _, files in os.walk(library):
        for name in files:
            path = os.path.join(folder, name)
            if not name.endswith('.py') or (wanted and path not in wanted):
                continue
            lines = code_lines(path)
            covered, sources = set(), collections.Counter()
            for at in range(len(lines) - opts.window + 1):
                source = known.get(tuple(lines[at:at + opts.window]))
                if source:
                    covered.update(range(at, at + opts.window))
                    sources[source] += 1
            if len(covered) >= opts.min:
                rows.append((len(covered), len(lines), os.path.relpath(path, library), sources.most_common(2)))
    rows.sort(reverse=True)
    for covered, total, name, sources in rows:
        print('%5d of %5d lines  %-36s %s' % (covered, total, name, ', '.join('%s (%d runs)' % s for s in sources)))
    print('%d files at or above %d lines repeated from %s' % (len(rows), opts.min, stdlib))


if __name__ == '__main__':
    main()
