#!/usr/bin/env bash
# Drops xdg-utils from a .deb's Depends, in place:  packaging/deb-depends.sh FILE.deb
# jpackage adds xdg-utils whenever it installs a menu entry, for its own postinst's xdg-desktop-menu;
# our postinst and prerm (packaging/deb-resources) copy and remove the entry as a plain file and never
# call xdg-*, so the package installs on a minimal system that has no xdg-utils. Every other dependency
# (libgtk-3-0 and the libraries jpackage found) is kept as written.
set -euo pipefail
deb="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fakeroot sh -c "dpkg-deb -R '$deb' '$work/root' && \
  awk -f '$(dirname "$0")/drop-xdg-utils.awk' '$work/root/DEBIAN/control' > '$work/control' && \
  cat '$work/control' > '$work/root/DEBIAN/control' && \
  dpkg-deb -b '$work/root' '$deb' >/dev/null"
depends=$(dpkg-deb -f "$deb" Depends)
if printf '%s\n' "$depends" | grep -qw xdg-utils; then
  echo "deb-depends.sh: xdg-utils still in Depends: $depends" >&2
  exit 1
fi
echo "Depends: $depends"
