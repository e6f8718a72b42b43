#!/usr/bin/env bash
# Builds a self-contained app image (default) or a .deb with jpackage from the JDK.
#   packaging/package.sh [app-image|deb]
# The .deb declares libgtk-3-0, which JavaFX's glass toolkit needs on Linux, and not xdg-utils
# (its postinst installs the menu entry as a plain file; see deb-depends.sh).
# Both carry the licence (GPL-3.0-or-later), the third-party notice and the asteroid data's
# provenance beside the jar (lib/app/); the .deb also installs LICENSE as its copyright file.
# Both start the JVM as bin/shrinkage-lab does: C1 only and a class-data archive mapped where it was dumped
# (lib/app/shrinkage-lab.jsa) dumped from the committed class list by the image's own launcher: here for the app
# image, by the postinst for the .deb (an archive is only valid for the jar at the path it was dumped for).
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
mvn -B -q package -DskipTests
rm -rf target/jpackage
mkdir -p target/jpackage/input
cp target/shrinkage-lab.jar LICENSE THIRD-PARTY-NOTICES.md target/jpackage/input/
cp data/asteroids.md target/jpackage/input/asteroids-data.md
cp packaging/cds/shrinkage-lab.classlist target/jpackage/input/
args=(--type "$type" --name shrinkage-lab --app-version 0.1.0 --vendor "Shrinkage Lab"
      --input target/jpackage/input --main-jar shrinkage-lab.jar
      --main-class org.shrinkagelab.app.Launcher --icon packaging/shrinkage-lab.png
      --java-options '-XX:SharedArchiveFile=$APPDIR/shrinkage-lab.jsa'
      --java-options -XX:TieredStopAtLevel=1
      --java-options -XX:+UnlockDiagnosticVMOptions --java-options -XX:ArchiveRelocationMode=0
      --dest target/jpackage)
if [ "$type" = deb ]; then
  # --license-file is a package option (jpackage refuses it for an app image)
  # packaging/deb-resources: postinst and prerm that install the menu entry without xdg-desktop-menu,
  # so installing succeeds with or without a desktop menu directory (packaging/test-deb.sh checks it)
  args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Education --license-file LICENSE
         --resource-dir packaging/deb-resources)
fi
jpackage "${args[@]}"
if [ "$type" = app-image ]; then
  # The image's runtime has no bin/java: its own launcher dumps the archive, with the class path and archive
  # path of its .cfg (-Xshare:dump ends the JVM before main runs)
  img=target/jpackage/shrinkage-lab
  JAVA_TOOL_OPTIONS="-XX:ErrorFile=/dev/null -Xshare:dump -XX:SharedClassListFile=$PWD/$img/lib/app/shrinkage-lab.classlist" \
      "$img/bin/shrinkage-lab" > /dev/null 2>&1 \
      || { rm -f "$img/lib/app/shrinkage-lab.jsa"; echo "package.sh: no class-data archive; the image starts without one"; }
fi
if [ "$type" = deb ]; then
  # jpackage lists xdg-utils for its own menu scripts, which deb-resources replaces: drop it
  packaging/deb-depends.sh target/jpackage/shrinkage-lab_*.deb
fi
ls -la target/jpackage
