#!/usr/bin/env bash
# Rebuild what is committed as built output and compare it byte for byte:
# the interpreter modules in dist/, the bundled action dist/index.js, and the
# generated Unicode tables port/uniprops_data.h.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CHECK="$ROOT/target/check-built"
rm -rf "$CHECK" && mkdir -p "$CHECK"
"$ROOT/scripts/build-wasm.sh" "$CHECK" > "$ROOT/target/check-built.log" 2>&1 || {
  tail -20 "$ROOT/target/check-built.log"; echo "check-built: the wasm build failed"; exit 1; }
ok=1
for f in micropython.wasm micropython.exnref.wasm; do
  if cmp -s "$CHECK/$f" "$ROOT/dist/$f"; then
    echo "check-built: dist/$f matches its sources"
  else
    echo "check-built: dist/$f differs from a rebuild of its sources (run npm run build:wasm and commit)"
    ok=0
  fi
done
if [ -f "$ROOT/scripts/build-action.js" ]; then
  node "$ROOT/scripts/build-action.js" --outfile "$CHECK/index.js" > /dev/null
  for f in index.js http-worker.js; do
    if cmp -s "$CHECK/$f" "$ROOT/dist/$f"; then
      echo "check-built: dist/$f matches its sources"
    else
      echo "check-built: dist/$f differs from a rebuild of its sources (run npm run build:action and commit)"
      ok=0
    fi
  done
fi
python3 "$ROOT/scripts/gen-uniprops-data.py" "$CHECK/uniprops_data.h"
if cmp -s "$CHECK/uniprops_data.h" "$ROOT/port/uniprops_data.h"; then
  echo "check-built: port/uniprops_data.h matches its generator"
else
  echo "check-built: port/uniprops_data.h differs from scripts/gen-uniprops-data.py's output (rerun it and commit)"
  ok=0
fi
[ "$ok" = 1 ]
