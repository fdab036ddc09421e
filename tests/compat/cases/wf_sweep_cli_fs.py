# Workflow-script odds and ends: argparse subcommand aliases in usage and
# errors and a subcommand's prog, glob's directory-only patterns ('**/',
# '*/'), HTTPError's repr, and a logging call whose arguments do not fit its
# format (handleError's 'Call stack:' and 'Message:' report on stderr).
import argparse
import glob
import io
import logging
import os
import shutil
import sys
import tempfile
import urllib.error

p = argparse.ArgumentParser(prog='tool')
sub = p.add_subparsers(dest='cmd')
sub.add_parser('bump', help='bump the version', aliases=['b', 'bu'])
sub.add_parser('tag', help='make a tag')
sub.add_parser('hidden')
p.print_help()
err, sys.stderr = sys.stderr, io.StringIO()
try:
    p.parse_args(['frob'])
except SystemExit as e:
    print('exit', e.code)
print(sys.stderr.getvalue(), end='')
sys.stderr = err
print(p.parse_args(['bu']).cmd)
# A subcommand's prog names the parent's positionals, not its required options.
p = argparse.ArgumentParser(prog='rel')
p.add_argument('--repo', required=True, metavar='OWNER/NAME')
p.add_argument('target')
sub = p.add_subparsers(dest='cmd')
sub.add_parser('notes', help='notes').add_argument('--since', required=True)
err, sys.stderr = sys.stderr, io.StringIO()
try:
    p.parse_args(['--repo', 'o/r', 'prod', 'notes'])
except SystemExit as e:
    print('exit', e.code)
print(sys.stderr.getvalue(), end='')
sys.stderr = err

base = tempfile.mkdtemp()
for rel in ['src/a.py', 'src/b.py', 'src/pkg/__init__.py', 'src/pkg/mod.py', 'docs/index.md',
            'docs/img/logo.png', '.hidden/x.txt', 'README.md', 'build/out.o', 'src/.h.py']:
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w').close()
cwd = os.getcwd()
os.chdir(base)
for pat in ['**', '**/', '**/*.py', 'src/**', 'src/**/', '*/', '*/*/', 'src/*/', '.*', 'src/.*',
            'src/**/*.py', 'nope/*', 'README.md/', 'src/', 'src/*/*.py', '**/pkg', 'd*/**/*.png']:
    print(pat, sorted(glob.glob(pat, recursive=True)), sorted(glob.glob(pat)))
print(sorted(glob.glob('**', recursive=True, include_hidden=True)))
print(sorted(glob.glob('*', root_dir='src')), sorted(glob.glob('**/*.py', root_dir='src', recursive=True)))
print(sorted(glob.glob('../src/*.py', root_dir='docs')), glob.glob(''))
os.chdir(cwd)
shutil.rmtree(base)

e = urllib.error.HTTPError('http://x/y', 404, 'Not Found', {}, None)
print(repr(e), str(e), e.code, e.reason)

log = logging.getLogger('sweep')
log.propagate = False
log.addHandler(logging.StreamHandler(io.StringIO()))
err, sys.stderr = sys.stderr, io.StringIO()
log.warning('two %s %s', 'only-one')
report = sys.stderr.getvalue()
sys.stderr = err
lines = report.splitlines()
print(lines[0])
for line in lines[lines.index('Call stack:'):]:
    if line.startswith('  File "'):
        line = os.path.basename(line[8:])
    print(line)
