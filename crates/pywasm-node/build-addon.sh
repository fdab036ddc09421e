#!/bin/sh
# Builds the native engine's addon with plain cargo and puts it where Node
# finds it: the napi-rs platform package npm/<triple>/pywasm.<triple>.node.
# Usage: crates/pywasm-node/build-addon.sh [--debug]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
profile=release
flag=--release
if [ "${1:-}" = "--debug" ]; then profile=debug; flag=; fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) triple=linux-x64-gnu; lib=libpywasm_node.so ;;
  Linux-aarch64) triple=linux-arm64-gnu; lib=libpywasm_node.so ;;
  Darwin-arm64) triple=darwin-arm64; lib=libpywasm_node.dylib ;;
  Darwin-x86_64) triple=darwin-x64; lib=libpywasm_node.dylib ;;
  *) echo "build-addon: no platform package for $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
cd "$root"
cargo build -p pywasm-node $flag
target=${CARGO_TARGET_DIR:-$root/target}
mkdir -p "npm/$triple"
# A new file renamed into place: processes that have the old addon loaded
# keep their mapping (copying over it in place could crash them).
cp "$target/$profile/$lib" "npm/$triple/.pywasm.$triple.node.tmp"
mv -f "npm/$triple/.pywasm.$triple.node.tmp" "npm/$triple/pywasm.$triple.node"
ls -l "npm/$triple/pywasm.$triple.node"
