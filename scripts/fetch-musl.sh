#!/usr/bin/env bash
# Fetch musl's released source from Debian's source package (verified and
# cached as MicroPython's is, by fetch-debian-source.sh) and unpack the few
# files the interpreter builds from it into target/musl-<version>/ (never
# committed): exp() and exp2() (port/Makefile, MUSL_MATH). Prints that path.
set -euo pipefail

MUSL_VERSION=1.2.5
DEB_VERSION=1.2.5-3.1~deb13u1
TARBALL=musl_1.2.5.orig.tar.gz
SHA256=a9a118bbe84d8764da0ea0d28b3ab3fae8477fc7e4085d90102b8596fc7c75e4
FILES="src/math/exp.c src/math/exp2.c src/math/exp_data.h src/internal/libm.h arch/generic/fp_arch.h COPYRIGHT"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST="$ROOT/target/musl-$MUSL_VERSION"
mkdir -p "$ROOT/target"
cached=$("$ROOT/scripts/fetch-debian-source.sh" "musl=$DEB_VERSION" "$TARBALL" "$SHA256")
if [ ! -f "$DEST/.unpacked-$SHA256" ]; then
  rm -rf "$DEST"
  tar -xzf "$cached" -C "$ROOT/target" $(for f in $FILES; do echo "musl-$MUSL_VERSION/$f"; done)
  touch "$DEST/.unpacked-$SHA256"
fi
echo "$DEST"
