#!/usr/bin/env bash
# Rebuild what is committed as built output and compare it byte for byte:
# the interpreter modules and their library in dist/, the bundled action (dist/index.js, action.js, http-worker.js), and the
# generated tables (Unicode properties, code pages, unicodedata).
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
if diff -r "$CHECK/pylib" "$ROOT/dist/pylib" > /dev/null; then
  echo "check-built: dist/pylib matches its sources"
else
  echo "check-built: dist/pylib differs from a rebuild of its sources (run npm run build:wasm and commit)"
  ok=0
fi
if [ -f "$ROOT/scripts/build-action.js" ]; then
  node "$ROOT/scripts/build-action.js" --outfile "$CHECK/index.js" > /dev/null
  for f in index.js action.js http-worker.js; do
    if cmp -s "$CHECK/$f" "$ROOT/dist/$f"; then
      echo "check-built: dist/$f matches its sources"
    else
      echo "check-built: dist/$f differs from a rebuild of its sources (run npm run build:action and commit)"
      ok=0
    fi
  done
fi
# Generated tables: each generator's output against the committed file.
for pair in gen-uniprops-data.py:port/uniprops_data.h gen-charmaps.py:port/python/_pywasm_charmaps.py \
    gen-stringprep.py:port/python/_pywasm_stringprep_data.py; do
  gen=${pair%%:*} file=${pair#*:}
  python3 "$ROOT/scripts/$gen" "$CHECK/$(basename "$file")"
  if cmp -s "$CHECK/$(basename "$file")" "$ROOT/$file"; then
    echo "check-built: $file matches its generator"
  else
    echo "check-built: $file differs from scripts/$gen's output (rerun it and commit)"
    ok=0
  fi
done
mkdir -p "$CHECK/unicodedata"
python3 "$ROOT/scripts/gen-unicodedata.py" "$CHECK/unicodedata" > /dev/null
for f in _pywasm_unicodedata_data.py _pywasm_unicodedata_namedata.py; do
  if cmp -s "$CHECK/unicodedata/$f" "$ROOT/port/python/$f"; then
    echo "check-built: port/python/$f matches its generator"
  else
    echo "check-built: port/python/$f differs from scripts/gen-unicodedata.py's output (rerun it and commit)"
    ok=0
  fi
done
[ "$ok" = 1 ]
