#!/bin/sh
# Runs PIT over one package of the measured set, in a scratch copy of the working tree so that
# editing tests meanwhile cannot disturb the run, and keeps its XML and history per package.
# Usage: mutation/run.sh NAME TARGET_CLASSES TARGET_TESTS [REPORT_DIR]
#   e.g. mutation/run.sh engine.model 'org.shrinkagelab.engine.model.*' 'org.shrinkagelab.engine.model.*'
# Then: python3 mutation/score.py REPORT_DIR
set -eu
name=$1; classes=$2; tests=$3
repo=$(cd "$(dirname "$0")/.." && pwd)
reports=${4:-$repo/target/mutation-reports}
scratch=${TMPDIR:-/tmp}/pit-$(basename "$repo")-$name
mkdir -p "$reports/history"
rm -rf "$scratch" && mkdir -p "$scratch"
(cd "$repo" && tar cf - --exclude=./.git --exclude=./target/pit-reports .) | (cd "$scratch" && tar xf -)
cd "$scratch"
nice -n 10 mvn -o -B -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage \
  -Dpit.classes="$classes" -Dpit.tests="$tests" \
  -DhistoryInputFile="$reports/history/$name.bin" -DhistoryOutputFile="$reports/history/$name.bin" \
  > "$reports/$name.log" 2>&1
cp target/pit-reports/mutations.xml "$reports/$name.xml"
echo "$name done: $reports/$name.xml"
