#!/usr/bin/env bash
# Checks deb-depends.sh on small synthetic packages (no jpackage, no root): xdg-utils dropped wherever it
# stands in Depends, every other dependency kept in order, the files and their owners unchanged.
#   packaging/test-deb-depends.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
check() {
  local given="$1" expected="$2"
  rm -rf "$t/p" "$t/demo.deb"
  mkdir -p "$t/p/DEBIAN" "$t/p/opt/demo"
  echo data > "$t/p/opt/demo/file"
  printf 'Package: demo\nVersion: 1.0\nArchitecture: all\nMaintainer: x <x@example.org>\nDescription: demo\nDepends: %s\n' \
    "$given" > "$t/p/DEBIAN/control"
  fakeroot dpkg-deb -b "$t/p" "$t/demo.deb" >/dev/null
  "$here/deb-depends.sh" "$t/demo.deb" >/dev/null
  local got
  got=$(dpkg-deb -f "$t/demo.deb" Depends)
  if [ "$got" != "$expected" ]; then
    echo "test-deb-depends.sh: Depends '$given' became '$got', expected '$expected'" >&2
    exit 1
  fi
  dpkg-deb -c "$t/demo.deb" | grep -q 'root/root .* ./opt/demo/file$'
}
check 'libc6 (>= 2.34), xdg-utils, libgtk-3-0' 'libc6 (>= 2.34), libgtk-3-0'
check 'xdg-utils, libgtk-3-0' 'libgtk-3-0'
check 'libgtk-3-0, xdg-utils' 'libgtk-3-0'
check 'libgtk-3-0, xdg-utils (>= 1.1)' 'libgtk-3-0'
check 'libgtk-3-0, libxdg-utils-extra' 'libgtk-3-0, libxdg-utils-extra'
echo "test-deb-depends.sh: OK"
