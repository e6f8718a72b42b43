#!/usr/bin/env bash
# Dumps a static AppCDS archive of the jar from the committed class list (packaging/cds/shrinkage-lab.classlist),
# so that bin/shrinkage-lab and the jpackage image start with these classes already parsed and verified.
#   packaging/cds-archive.sh JAR ARCHIVE [JAVA]        (JAVA defaults to $JAVA_HOME/bin/java, then java)
# Run by `mvn package` (target/shrinkage-lab.jsa beside target/shrinkage-lab.jar) and packaging/package.sh.
# The archive is only valid for the jar at this very path, as it is now (the JVM checks path, size and time).
# Never fails the build: when the archive cannot be dumped (another JDK, no space) it says so in one line and
# leaves none, and the launcher then starts without one.
set -uo pipefail
cd "$(dirname "$0")/.."
jar=$(readlink -f "$1")
archive=$2
java=${3:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
list=packaging/cds/shrinkage-lab.classlist
log=$(mktemp)
rm -f "$archive"
# Classes the list names but the jar no longer has are skipped (a stale list only archives less)
if "$java" -XX:ErrorFile="$log.hs_err" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$jar" > "$log" 2>&1 \
   && "$java" -Xshare:on -XX:SharedArchiveFile="$archive" -cp "$jar" -version > /dev/null 2>&1; then
  rm -f "$log"
else
  echo "cds-archive: no class-data archive for $jar (dump failed, see $log); the launcher starts without one"
  rm -f "$archive"
fi
