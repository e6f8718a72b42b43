#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg -i (as root), runs the installed launcher's command line,
# and removes the package. Run by hand or in a throwaway container, not in CI:
#   sudo packaging/test-deb.sh            # as the system is
#   sudo packaging/test-deb.sh --no-menu  # first moves /usr/share/applications away (a minimal system)
# Exits non-zero if any step fails; restores the menu directory it moved.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
  echo "test-deb.sh: run as root (dpkg -i)" >&2
  exit 2
fi
moved=""
restore() {
  if [ -n "$moved" ]; then
    rm -rf /usr/share/applications
    mv "$moved" /usr/share/applications
  fi
}
trap restore EXIT
if [ "${1:-}" = --no-menu ] && [ -d /usr/share/applications ]; then
  moved=$(mktemp -d /usr/share/applications.test-deb.XXXXXX)
  rmdir "$moved"
  mv /usr/share/applications "$moved"
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
  packaging/package.sh deb
fi
deb=$(ls target/jpackage/shrinkage-lab_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "== Depends: $depends"
if printf '%s\n' "$depends" | grep -qw xdg-utils; then
  echo "test-deb.sh: the package still depends on xdg-utils" >&2
  exit 1
fi
echo "== dpkg -i $deb"
dpkg -i "$deb"
dpkg-query -W -f='${Status}\n' shrinkage-lab | grep -qx "install ok installed"
echo "== menu entry: $(ls /usr/share/applications/shrinkage-lab.desktop)"
echo "== /opt/shrinkage-lab/bin/shrinkage-lab summary hemophilia --sons 0,0"
out=$(/opt/shrinkage-lab/bin/shrinkage-lab summary hemophilia --sons 0,0 --format json)
echo "$out"
# two unaffected sons: P(carrier) = 0.5 * 0.25 / (0.5 * 0.25 + 0.5) = 0.2
echo "$out" | grep -q '"posterior": 0.2,'
echo "== dpkg -r shrinkage-lab"
dpkg -r shrinkage-lab
if [ -e /usr/share/applications/shrinkage-lab.desktop ]; then
  echo "test-deb.sh: the menu entry was left behind" >&2
  exit 1
fi
echo "test-deb.sh: OK"
