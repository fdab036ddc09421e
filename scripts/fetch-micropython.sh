#!/usr/bin/env bash
# Fetch MicroPython's released source from Debian's source package, verify it,
# and unpack it into target/micropython-<version>/ (never committed). The
# tarball is cached outside the clone, keyed by its sha256
# (fetch-debian-source.sh), so repeated builds and CI runs on the same
# machine skip the download.
set -euo pipefail

MP_VERSION=1.25.0
DEB_VERSION=1.25.0+ds-1
TARBALL=micropython_1.25.0+ds.orig.tar.xz
SHA256=7b25be99a502f070b2de81dafc08da7051d992325d6e67daa9045a918fffdbea

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST="$ROOT/target/micropython-$MP_VERSION"
mkdir -p "$ROOT/target"
cached=$("$ROOT/scripts/fetch-debian-source.sh" "micropython=$DEB_VERSION" "$TARBALL" "$SHA256")

# Our patches to MicroPython (port/patches/NNNN-name.patch, applied in name
# order). The tree records the tarball and the patch set it was made from; a
# changed, added or removed patch re-unpacks the pristine source and applies
# the set again, so applying is idempotent and the tree never carries a stale
# patch. git apply (strict, no fuzz) runs outside any repository: the ceiling
# keeps git from taking our checkout for the tree's repository.
patches=$( (find "$ROOT/port/patches" -maxdepth 1 -name '*.patch' 2>/dev/null || true) | LC_ALL=C sort)
patch_stamp=$( (for p in $patches; do basename "$p"; cat "$p"; done) | sha256sum | cut -c1-16)
if [ ! -f "$DEST/.unpacked-$SHA256" ] || [ ! -f "$DEST/.patched-$patch_stamp" ]; then
  rm -rf "$DEST"
  tar -xf "$cached" -C "$ROOT/target"
  for p in $patches; do
    (cd "$DEST" && GIT_CEILING_DIRECTORIES="$ROOT/target" git apply --whitespace=nowarn "$p") \
      || { echo "fetch-micropython: $(basename "$p") does not apply" >&2; exit 1; }
  done
  touch "$DEST/.unpacked-$SHA256" "$DEST/.patched-$patch_stamp"
fi
echo "$DEST"
