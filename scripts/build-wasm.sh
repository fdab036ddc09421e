#!/usr/bin/env bash
# Build the interpreter module from MicroPython's fetched source and our port:
#   dist/micropython.wasm         legacy wasm exceptions (the wasm engine on Node)
#   dist/micropython.exnref.wasm  exnref exceptions (the native engine on wasmer)
#   dist/pylib/                   the library beside them, one .mpy per module
#                                 (scripts/build-pylib.py), mounted at /usr/lib/pywasm
# Deterministic: the same sources give the same bytes on any machine.
# Usage: scripts/build-wasm.sh [OUTDIR]   (default: dist)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/dist}
MP=$("$ROOT/scripts/fetch-micropython.sh")
MUSL=$("$ROOT/scripts/fetch-musl.sh")
ZIG=$("$ROOT/scripts/setup-toolchain.sh")
BUILD="$ROOT/target/wasm-build"
# PYWASM_BARE=1 builds the interpreter alone, without the frozen Python
# (toolkit and compat layer), in its own build directory: bench/ reports its
# size next to the shipped module's.
FROZEN=manifest.py
if [ "${PYWASM_BARE:-}" = 1 ]; then FROZEN=; BUILD="$ROOT/target/wasm-build-bare"; fi
WASM_OPT="$ROOT/node_modules/binaryen/bin/wasm-opt"
[ -x "$WASM_OPT" ] || (cd "$ROOT" && npm install --no-audit --no-fund >&2)

# The version banner shows the build date: use the source release date
# (2025-04-15, the tarball entries' mtime), so every rebuild is identical.
export ZIG SOURCE_DATE_EPOCH=1744675200
# Keep MicroPython's version script from describing *our* git repository.
export GIT_CEILING_DIRECTORIES="$ROOT/target"

# MicroPython's make does not track configuration headers into its generated
# module and qstr lists: start clean whenever the port's config changes. The
# same for our patches to MicroPython's source (port/patches): re-unpacking
# gives the unpatched files their old mtimes, which make would not rebuild.
stamp=$(cat "$ROOT/port/Makefile" "$ROOT/port"/*.h $(find "$ROOT/port/patches" -name '*.patch' 2>/dev/null | LC_ALL=C sort) | sha256sum | cut -c1-16)
if [ ! -f "$BUILD/.config-$stamp" ]; then rm -rf "$BUILD"; mkdir -p "$BUILD"; touch "$BUILD/.config-$stamp"; fi

# mpy-cross writes a float constant into a .mpy as its repr, which the module
# reads back: both use our exact conversions (port/floatdecimal.c, patch
# 0008), built for the host and linked into mpy-cross (scripts/host-float.sh).
make -C "$MP/mpy-cross" -j"$(nproc)" LDFLAGS_EXTRA="$("$ROOT/scripts/host-float.sh" "$MP/mpy-cross/build/mpy-cross")" >&2
python3 "$ROOT/scripts/build-pylib.py" "$MP" index "$BUILD/pylib_index.h"
make -C "$ROOT/port" -j"$(nproc)" TOP="$MP" MUSL="$MUSL" BUILD="$BUILD" FROZEN_MANIFEST="$FROZEN" >&2

# Spilling: MicroPython's GC finds roots by scanning the C stack, and wasm
# locals are invisible to it. pywasm-spill (crates/pywasm-spill) stores each
# pointer-sized local a call must preserve to a frame on the C stack, before
# the calls that can reach the collector, unless its slot already holds it
# (docs/interpreter.md). Without it the GC frees live objects.
# Both are written beside their final names and renamed into place, so a
# test or engine reading dist/ meanwhile never sees a half-written module.
mkdir -p "$OUT"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-${PYWASM_CACHE:-$HOME/.cache/pywasm}/cargo-target}
cargo build --quiet --manifest-path "$ROOT/Cargo.toml" -p pywasm-spill >&2
"$CARGO_TARGET_DIR/debug/pywasm-spill" spill "$BUILD/micropython.wasm" "$BUILD/micropython.spilled.wasm"
"$WASM_OPT" "$BUILD/micropython.spilled.wasm" -O2 --strip-debug --strip-producers \
  -o "$BUILD/micropython.opt.wasm"
"$WASM_OPT" "$BUILD/micropython.opt.wasm" --enable-reference-types --translate-to-exnref -O2 --strip-producers \
  -o "$BUILD/micropython.exnref.wasm"
cp "$BUILD/micropython.opt.wasm" "$OUT/.micropython.wasm.tmp"
cp "$BUILD/micropython.exnref.wasm" "$OUT/.micropython.exnref.wasm.tmp"
mv -f "$OUT/.micropython.wasm.tmp" "$OUT/micropython.wasm"
mv -f "$OUT/.micropython.exnref.wasm.tmp" "$OUT/micropython.exnref.wasm"
ls -l "$OUT"/micropython*.wasm >&2
if [ -n "$FROZEN" ]; then python3 "$ROOT/scripts/build-pylib.py" "$MP" compile "$MP/mpy-cross/build/mpy-cross" "$OUT/pylib"; fi
