#!/usr/bin/env bash
# Builds port/floatdecimal.c (exact float <-> decimal conversions, patch 0008)
# for the host and prints the object's path, for the MicroPython programs we
# build natively from the patched tree (mpy-cross, the unix baseline) to link
# through LDFLAGS_EXTRA. make does not track that variable, so when the
# object's bytes change, the program given as $1 is removed to be relinked.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OBJ="$ROOT/target/floatdecimal.host.o"
mkdir -p "$ROOT/target"
gcc -O2 -Wall -Werror -c "$ROOT/port/floatdecimal.c" -o "$OBJ.new"
if cmp -s "$OBJ.new" "$OBJ"; then
  rm -f "$OBJ.new"
else
  mv -f "$OBJ.new" "$OBJ"
  rm -f "$1"
fi
echo "$OBJ"
