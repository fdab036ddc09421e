#!/usr/bin/env bash
# Install the pinned C toolchain for the wasm build: zig (clang + wasi-libc)
# from the ziglang package on PyPI, in a venv cached outside the clone.
# Prints the path of the `zig` executable.
set -euo pipefail
ZIG_VERSION=0.17.1
CACHE=${PYWASM_CACHE:-$HOME/.cache/pywasm}
VENV="$CACHE/toolchain/ziglang-$ZIG_VERSION"
ZIG=$(echo "$VENV"/lib/python3*/site-packages/ziglang/zig)
if [ ! -x "$ZIG" ]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "ziglang==$ZIG_VERSION" >&2
  ZIG=$(echo "$VENV"/lib/python3*/site-packages/ziglang/zig)
fi
echo "$ZIG"
