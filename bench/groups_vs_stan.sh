#!/bin/sh
# `bench groups` side by side with rstan (bench/groups_rstan.R) on the same data and settings: J = 8, 100, 1000
# groups of 5 from `simulate groups --groups J --seed 1`, non-centered, 4 chains x (1000 warmup + 1000 draws),
# sampler seeds 1..3; prints every run and then the medians and the ratio ours / Stan of bulk-ESS per second
# (time summed over chains, warmup included; min over mu, tau, sigma and every alpha_j; and tau).
# Run from the repository root after `mvn -o -q package -DskipTests` (or with CP set to a classpath):
#   sh bench/groups_vs_stan.sh [J...]
set -e
GROUPS_LIST=${*:-"8 100 1000"}
SEEDS="1 2 3"
OUT=${OUT:-/tmp/groups_vs_stan}
mkdir -p "$OUT"
if [ -z "$CP" ]; then
  mvn -o -q dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
  CP=target/classes:$(cat "$OUT/cp.txt")
fi
APP="java -cp $CP org.shrinkagelab.app.Launcher"
: > "$OUT/runs.txt"
FILES=""
for J in $GROUPS_LIST; do
  $APP simulate groups --groups "$J" --seed 1 --out "$OUT/groups_$J.csv"
  FILES="$FILES $OUT/groups_$J.csv"
  for S in $SEEDS; do
    $APP bench groups --groups "$J" --seed "$S" --runs 1 --warmup-seconds 0 --format json > "$OUT/ours_${J}_$S.json"
    python3 - "$OUT/ours_${J}_$S.json" "$J" "$S" >> "$OUT/runs.txt" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))["benchmarks"][0]
e = b["ess_per_second"]
print("ours", sys.argv[2], sys.argv[3], "%.2f %.2f %.4f %.1f %.2f" % (e["min"], e["tau"], b["us_per_gradient"],
      b["peak_heap_mb"], b["draws_mb"]))
PY
  done
done
Rscript bench/groups_rstan.R "$(echo $SEEDS | tr ' ' ,)" $FILES 2>/dev/null | tee "$OUT/stan.txt" \
  | awk '/^stan / {print $1, $2, $3, $7, $8, $9}' >> "$OUT/runs.txt"
cat "$OUT/runs.txt"
python3 - "$OUT/runs.txt" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
med = lambda who, j, k: st.median(float(r[k]) for r in rows if r[0] == who and r[1] == j)
print("| J | ours ESS/s min | Stan ESS/s min | ratio min | ours ESS/s tau | Stan ESS/s tau | ratio tau "
      "| ours us/gradient | Stan us/gradient | ours peak heap MB | ours draws MB |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for j in sorted({r[1] for r in rows}, key=int):
    om, sm, ot, stt = med("ours", j, 3), med("stan", j, 3), med("ours", j, 4), med("stan", j, 4)
    print("| %s | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | %.2f | %.2f | %.0f | %.1f |" % (j, om, sm, om / sm,
          ot, stt, ot / stt, med("ours", j, 5), med("stan", j, 5), med("ours", j, 6), med("ours", j, 7)))

PY
