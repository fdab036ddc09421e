"""Quick iteration runner (CPython): run each case under python3 and under
pywasm, print the ones whose stdout differs. Usage:
  python3 tests/compat/quick.py [--engine wasm|native] [--unix MICROPYTHON] [--sources] [case-substring...]
--sources runs the compat modules from port/python (first on MICROPYPATH)
instead of the frozen ones; --unix uses a native MicroPython binary instead of the CLI."""
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, 'cases')
SRC = os.path.join(ROOT, 'port', 'python')


def main(argv):
    unix, sources, only, engine = None, False, [], 'wasm'
    while argv:
        a = argv.pop(0)
        if a == '--engine':
            engine = argv.pop(0)
        elif a == '--unix':
            unix = argv.pop(0)
        elif a == '--sources':
            sources = True
        else:
            only.append(a)
    names = sorted(n for n in os.listdir(CASES) if n.endswith('.py') and (not only or any(o in n for o in only)))
    bad = 0
    for n in names:
        path = os.path.join(CASES, n)
        ref = subprocess.run([sys.executable, path], cwd=CASES, capture_output=True, text=True)
        if unix:
            env = dict(os.environ, MICROPYPATH=SRC)
            cmd = [unix, '-X', 'heapsize=256m', path]
        else:
            env = os.environ
            cmd = ['node', os.path.join(ROOT, 'npm', 'pywasm', 'bin', 'pywasm.js'), '--engine', engine, '--inherit-env', '--mount', CASES]
            if sources:
                cmd += ['--mount', SRC + ':ro', '--env', 'MICROPYPATH=' + SRC + ':.frozen']
            cmd.append(path)
        got = subprocess.run(cmd, cwd=CASES, env=env, capture_output=True, text=True)
        if ref.returncode != 0:
            # compat.test.js requires every case to run to its end under
            # CPython: a case that crashes on both sides proves nothing.
            bad += 1
            print('FAIL', n, 'CPython itself exits', ref.returncode)
            print(ref.stderr[-2000:])
            continue
        if got.stdout == ref.stdout and got.returncode == ref.returncode:
            print('ok  ', n)
            continue
        bad += 1
        print('FAIL', n, 'exit', ref.returncode, got.returncode)
        sys.stdout.writelines(difflib.unified_diff(ref.stdout.splitlines(True), got.stdout.splitlines(True), 'cpython', 'pywasm', n=1))
        if got.stderr:
            print(got.stderr[-2000:])
    print('%d/%d match' % (len(names) - bad, len(names)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
