#!/bin/sh
# Microseconds per gradient of the declared Eight Schools model, two builds alternating, each model in a JVM of
# its own (GradientBench, thread CPU time, median of nine blocks), with the hand-coded model it replaced beside
# them; then the tab's default NUTS run per gradient (EightSchoolsNutsBench, one parameterization per JVM).
# usage: bench/eight_schools_gradient_ab.sh BEFORE_DIR AFTER_DIR [rounds]
#   each DIR holds classes/ and test-classes/ of a build (copy target/ after `mvn -o -q test-compile`);
#   the dependency classpath comes from `mvn -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt`.
set -e
before=$1; after=$2; rounds=${3:-3}
deps=$(cat /tmp/cp.txt)
run() { java -cp "$1/classes:$1/test-classes:$deps" "$2" "$3" "$4"; }
for r in $(seq 1 "$rounds"); do
  for p in centered noncentered; do
    for dir in "$before" "$after"; do
      printf '%-28s round %s load %s  ' "$dir" "$r" "$(cut -d' ' -f1 /proc/loadavg)"
      run "$dir" org.shrinkagelab.bench.GradientBench "declared   $p"
    done
    printf '%-28s round %s load %s  ' hand-coded "$r" "$(cut -d' ' -f1 /proc/loadavg)"
    run "$after" org.shrinkagelab.bench.GradientBench "hand-coded $p"
  done
done
for r in $(seq 1 "$rounds"); do
  for p in centered noncentered; do
    for dir in "$before" "$after"; do
      echo "$dir round $r load $(cut -d' ' -f1 /proc/loadavg)"
      run "$dir" org.shrinkagelab.bench.EightSchoolsNutsBench 5 "$p"
    done
  done
done
