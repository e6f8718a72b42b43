#!/bin/sh
# A slider move on the exact tab as the user sees it (bench eight-schools-exact, case redraw and the other
# pages), two builds alternating, each run in a JVM of its own: CaseCpuBench prints the median thread CPU time
# and the median wall time (the bench's own measure) of 51 runs after a warm-up of 3 to 15 s of thread CPU time (until the
# JIT has been idle for half a second of it); the load is printed too.
# usage: bench/exact_redraw_ab.sh BEFORE_DIR AFTER_DIR [rounds] [cases]
#   each DIR holds classes/ and test-classes/ of a build (copy target/ after `mvn -o -q test-compile`; the
#   before build needs src/test/java/org/shrinkagelab/bench/CaseCpuBench.java copied in and compiled);
#   the dependency classpath comes from `mvn -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt` (or CP_FILE).
set -e
before=$1; after=$2; rounds=${3:-3}; cases=${4:-redraw}
deps=$(cat "${CP_FILE:-/tmp/cp.txt}")
for r in $(seq 1 "$rounds"); do
  for c in $cases; do
    for dir in "$before" "$after"; do
      printf '%-24s round %s load %s  ' "$dir" "$r" "$(cut -d' ' -f1 /proc/loadavg)"
      java -cp "$dir/classes:$dir/test-classes:$deps" org.shrinkagelab.bench.CaseCpuBench eight-schools-exact "$c" 51
    done
  done
done
