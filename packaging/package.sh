#!/usr/bin/env bash
# Builds a self-contained app image (default) or a .deb with jpackage from the JDK.
#   packaging/package.sh [app-image|deb]
# The .deb declares libgtk-3-0, which JavaFX's glass toolkit needs on Linux.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
mvn -B -q package -DskipTests
rm -rf target/jpackage
mkdir -p target/jpackage/input
cp target/shrinkage-lab.jar target/jpackage/input/
args=(--type "$type" --name shrinkage-lab --app-version 0.1.0 --vendor "Shrinkage Lab"
      --input target/jpackage/input --main-jar shrinkage-lab.jar
      --main-class org.shrinkagelab.app.Launcher --icon packaging/shrinkage-lab.png
      --dest target/jpackage)
if [ "$type" = deb ]; then
  args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Education)
fi
jpackage "${args[@]}"
ls -la target/jpackage
