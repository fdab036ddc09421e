#!/usr/bin/env bash
# fetch-debian-source.sh PACKAGE=VERSION FILE SHA256: download FILE (a
# tarball of PACKAGE's source package, at VERSION, from Debian's trixie
# suite) with apt-get, verify its sha256, and print the path of the copy
# cached outside the clone, keyed by that sha256. A cached copy that passes
# the check is used as it is. The apt state this needs (a deb-src list for
# the one suite) lives in the cache too: the system's apt configuration is
# read (for its mirror URI) but never changed.
set -euo pipefail

PACKAGE=$1 FILE=$2 SHA256=$3
DEB_SUITE=trixie
CACHE=${PYWASM_CACHE:-$HOME/.cache/pywasm}
mkdir -p "$CACHE/sources"

verify() { echo "$SHA256  $1" | sha256sum --check --status; }

cached="$CACHE/sources/$SHA256-$FILE"
if [ ! -f "$cached" ] || ! verify "$cached"; then
  # Mirror URI: the first one the machine's own Debian sources use.
  uri=$(grep -hoE '^URIs:[[:space:]]*[^[:space:]]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hE '^deb[[:space:]]' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2}' | head -n1 || true)
  fi
  [ -n "$uri" ] || { echo "fetch-debian-source: no Debian mirror found in the apt sources" >&2; exit 1; }

  apt_dir="$CACHE/apt"
  download="$apt_dir/download-$$"
  mkdir -p "$apt_dir/lists/partial" "$download"
  echo "deb-src $uri $DEB_SUITE main" > "$apt_dir/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/none"
            -o "Dir::State::Lists=$apt_dir/lists" -o "Acquire::Languages=none" -o "APT::Sandbox::User=root" -qq)
  echo "fetch-debian-source: downloading $PACKAGE source from $DEB_SUITE" >&2
  apt-get "${apt_opts[@]}" update
  (cd "$download" && apt-get "${apt_opts[@]}" source --download-only "$PACKAGE" 2>/dev/null)
  verify "$download/$FILE" || { echo "fetch-debian-source: $FILE failed its sha256 check" >&2; exit 1; }
  mv "$download/$FILE" "$cached"
  rm -rf "$download"
fi
echo "$cached"
