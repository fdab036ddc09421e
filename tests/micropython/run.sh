#!/usr/bin/env bash
# MicroPython's own test suite (tests/ of the fetched source, driven by its
# run-tests.py) against our interpreter on one Node, through the pywasm CLI.
# Every failure must be listed in expected-failures.txt with its reason; a
# listed test that now passes is reported too, so the list stays honest.
# Usage: tests/micropython/run.sh NODE [SUMMARY_FILE]
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NODE=${1:?usage: run.sh NODE [SUMMARY_FILE]}
SUMMARY=${2:-/dev/null}
MP=$("$ROOT/scripts/fetch-micropython.sh")
VERSION=$("$NODE" --version)
RESULTS="$ROOT/target/micropython-tests-$VERSION"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

# The PC test directories (our sys.platform is "wasi", which run-tests.py
# does not know, so name them). The REPL tests drive a pseudo-terminal and are
# run by tests/cli instead.
DIRS="basics micropython misc extmod float import io stress unicode cmdline"
# Tests that crash leave their scratch directories behind, and the next run
# would skip them; start from a clean tree. run-tests.py runs each test in its
# own directory (extmod/vfs_posix_paths.py makes extmod/..._test_dir).
rm -rf "$MP"/tests/*_test_dir "$MP"/tests/*_test_dir_* "$MP"/tests/*/*_test_dir "$MP"/tests/*/*_test_dir_*
export PYWASM_TEST_NODE="$NODE"
export MICROPY_MICROPYTHON="$HERE/pywasm-for-run-tests"
(cd "$MP/tests" && python3 run-tests.py -j"$(nproc)" --result-dir "$RESULTS" --test-dirs $DIRS \
  --exclude 'cmdline/repl_' > "$RESULTS/log.txt" 2>&1)

python3 - "$RESULTS" "$HERE/expected-failures.txt" "$SUMMARY" "$VERSION" <<'PY'
import json, re, sys
results, expected_file, summary, version = sys.argv[1:]
log = open(results + "/log.txt").read()
try:
    failed = set(json.load(open(results + "/_results.json"))["failed_tests"])
except FileNotFoundError:
    print("MicroPython test suite on Node %s did not run; its runner said:\n%s" % (version, log[-2000:]))
    open(summary, "a").write("micropython-suite-%s 0 1\n" % version)
    sys.exit(1)
failed = {re.sub(r"^.*?/tests/", "", f) for f in failed}
# run-tests.py -j2 interleaves its per-test lines ("pass pass  a.py" then
# " b.py"), so the count is its own summary's; the names are what can be read.
passed_names = set(re.findall(r"(?:^|\s)pass +(\S+\.py)", log, re.M))
summary_line = re.search(r"^(\d+) tests passed", log, re.M)
passed = int(summary_line.group(1)) if summary_line else len(passed_names)
expected = {}
for line in open(expected_file):
    line = line.strip()
    if line and not line.startswith("#"):
        name, _, reason = line.partition(" ")
        expected[name] = reason.strip().lstrip("# ")
unexpected = sorted(failed - set(expected))
fixed = sorted((set(expected) - failed) & passed_names)
print("MicroPython test suite on Node %s: %d passed, %d failed (%d expected)" % (version, passed, len(failed), len(failed & set(expected))))
for name in unexpected:
    print("  UNEXPECTED FAILURE: " + name)
for name in fixed:
    print("  listed as failing but passed (remove it from expected-failures.txt): " + name)
with open(summary, "a") as f:
    f.write("micropython-suite-%s %d %d\n" % (version, passed, len(unexpected) + len(fixed)))
sys.exit(1 if unexpected or fixed else 0)
PY
