#!/usr/bin/env bash
# Build the native unix MicroPython from the same fetched source: the baseline
# for benchmarks and a fast host for testing our frozen Python modules.
# Prints the path of the binary.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MP=$("$ROOT/scripts/fetch-micropython.sh")
BIN="$MP/ports/unix/build-standard/micropython"
if [ ! -x "$BIN" ]; then
  # Debian's source drops micropython-lib, libffi, berkeley-db and axtls:
  # switch off what needs them. GIT_CEILING_DIRECTORIES keeps MicroPython's
  # version script from reading our own repository's git metadata.
  GIT_CEILING_DIRECTORIES="$ROOT/target" SOURCE_DATE_EPOCH=0 \
  make -C "$MP/ports/unix" -j"$(nproc)" MICROPY_PY_FFI=0 MICROPY_PY_BTREE=0 \
    MICROPY_PY_SSL=0 MICROPY_SSL_AXTLS=0 FROZEN_MANIFEST= \
    LDFLAGS_EXTRA="$("$ROOT/scripts/host-float.sh" "$BIN")" >&2
fi
echo "$BIN"
