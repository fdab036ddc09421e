#!/bin/sh
# Rebuilds the WASI fixtures (committed, so the tests need no C toolchain).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ZIG=$("$HERE/../../../scripts/setup-toolchain.sh")
for src in "$HERE"/*.c; do
  "$ZIG" cc -target wasm32-wasi -Os -s -Wno-unused-result "$src" -o "${src%.c}.wasm"
done
