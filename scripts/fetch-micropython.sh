#!/usr/bin/env bash
# Fetch MicroPython's released source from Debian's source package, verify it,
# and unpack it into target/micropython-<version>/ (never committed).
#
# The tarball is cached outside the clone, keyed by its sha256, so repeated
# builds and CI runs on the same machine skip the download. The apt state we
# need (a deb-src list for one suite) lives in the cache too: the system's apt
# configuration is read (for its mirror URI) but never changed.
set -euo pipefail

MP_VERSION=1.25.0
DEB_VERSION=1.25.0+ds-1
DEB_SUITE=trixie
TARBALL=micropython_1.25.0+ds.orig.tar.xz
SHA256=7b25be99a502f070b2de81dafc08da7051d992325d6e67daa9045a918fffdbea

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${PYWASM_CACHE:-$HOME/.cache/pywasm}
DEST="$ROOT/target/micropython-$MP_VERSION"
mkdir -p "$CACHE/sources" "$ROOT/target"

verify() { echo "$SHA256  $1" | sha256sum --check --status; }

cached="$CACHE/sources/$SHA256-$TARBALL"
if [ ! -f "$cached" ] || ! verify "$cached"; then
  # Mirror URI: the first one the machine's own Debian sources use.
  uri=$(grep -hoE '^URIs:[[:space:]]*[^[:space:]]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hE '^deb[[:space:]]' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2}' | head -n1 || true)
  fi
  [ -n "$uri" ] || { echo "fetch-micropython: no Debian mirror found in the apt sources" >&2; exit 1; }

  apt_dir="$CACHE/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/download"
  echo "deb-src $uri $DEB_SUITE main" > "$apt_dir/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/none"
            -o "Dir::State::Lists=$apt_dir/lists" -o "Acquire::Languages=none" -o "APT::Sandbox::User=root" -qq)
  echo "fetch-micropython: downloading micropython=$DEB_VERSION source from $DEB_SUITE" >&2
  apt-get "${apt_opts[@]}" update
  (cd "$apt_dir/download" && apt-get "${apt_opts[@]}" source --download-only "micropython=$DEB_VERSION" 2>/dev/null)
  verify "$apt_dir/download/$TARBALL" || { echo "fetch-micropython: $TARBALL failed its sha256 check" >&2; exit 1; }
  mv "$apt_dir/download/$TARBALL" "$cached"
  rm -rf "$apt_dir/download"
fi

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
