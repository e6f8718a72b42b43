#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg -i (as root), checks that the postinst dumped the class-data archive and
# that the installed launcher maps it, runs the installed launcher's command line and its window (under Xvfb, when
# xvfb-run is there), and purges the package, checking nothing is left. Run by hand or in a throwaway container,
# not in CI:
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
app=/opt/shrinkage-lab/bin/shrinkage-lab
archive=/opt/shrinkage-lab/lib/app/shrinkage-lab.jsa
echo "== class-data archive dumped by the postinst: $(ls -la "$archive")"
log=$(mktemp)
echo "== $app summary hemophilia --sons 0,0 (class loading logged)"
# -Xshare:on makes a JVM that cannot map the archive stop with an error instead of starting without it
out=$(JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load:file=$log" "$app" summary hemophilia --sons 0,0 --format json)
echo "$out"
# two unaffected sons: P(carrier) = 0.5 * 0.25 / (0.5 * 0.25 + 0.5) = 0.2
echo "$out" | grep -q '"posterior": 0.2,'
echo "== classes from the archive: $(grep -c 'source: shared objects file' "$log") of $(wc -l < "$log")"
if ! grep -q 'org.shrinkagelab.app.Launcher source: shared objects file' "$log"; then
  echo "test-deb.sh: the installed launcher does not take the app's classes from the archive" >&2
  exit 1
fi
rm -f "$log"
if command -v xvfb-run > /dev/null; then
  echo "== $app (the window, under Xvfb, until its first painted content)"
  if ! shown=$(JAVA_TOOL_OPTIONS="-Dshrinkagelab.startupLog=true -Dshrinkagelab.exitWhenPainted=true" \
      timeout 300 xvfb-run -a -s "-screen 0 1400x900x24" "$app" 2>&1); then
    printf '%s\n' "$shown" | tail -20
    echo "test-deb.sh: the window did not start and paint" >&2
    exit 1
  fi
  printf '%s\n' "$shown" | grep -v '^Picked up'
else
  echo "== no xvfb-run: the window is not tried"
fi
echo "== dpkg --purge shrinkage-lab"
dpkg --purge shrinkage-lab
if [ -e /usr/share/applications/shrinkage-lab.desktop ]; then
  echo "test-deb.sh: the menu entry was left behind" >&2
  exit 1
fi
if [ -e "$archive" ] || [ -e /opt/shrinkage-lab ]; then
  echo "test-deb.sh: the purge left $(find /opt/shrinkage-lab | head -5) behind" >&2
  exit 1
fi
if dpkg-query -W shrinkage-lab > /dev/null 2>&1; then
  echo "test-deb.sh: dpkg still knows the package after the purge" >&2
  exit 1
fi
echo "test-deb.sh: OK"
