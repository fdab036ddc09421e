#!/usr/bin/env bash
# Fetch musl's released source from Debian's source package (verified and
# cached as MicroPython's is, by fetch-debian-source.sh) and unpack the few
# files the interpreter builds from it into target/musl-<version>/ (never
# committed): the math functions of MUSL_MATH in port/Makefile, and the
# headers they need. Prints that path.
set -euo pipefail

MUSL_VERSION=1.2.5
DEB_VERSION=1.2.5-3.1~deb13u1
TARBALL=musl_1.2.5.orig.tar.gz
SHA256=a9a118bbe84d8764da0ea0d28b3ab3fae8477fc7e4085d90102b8596fc7c75e4
FILES="src/math/exp.c src/math/exp2.c src/math/sin.c src/math/cos.c src/math/tan.c src/math/atan.c
  src/math/log10.c src/math/exp_data.h src/internal/libm.h arch/generic/fp_arch.h COPYRIGHT"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST="$ROOT/target/musl-$MUSL_VERSION"
mkdir -p "$ROOT/target"
cached=$("$ROOT/scripts/fetch-debian-source.sh" "musl=$DEB_VERSION" "$TARBALL" "$SHA256")
# The tree records the tarball and the file list it was unpacked with.
stamp=$(echo "$SHA256 $FILES" | sha256sum | cut -c1-16)
if [ ! -f "$DEST/.unpacked-$stamp" ]; then
  rm -rf "$DEST"
  tar -xzf "$cached" -C "$ROOT/target" $(for f in $FILES; do echo "musl-$MUSL_VERSION/$f"; done)
  touch "$DEST/.unpacked-$stamp"
fi
echo "$DEST"
