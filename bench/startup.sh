#!/usr/bin/env bash
# Time from launch to the first painted frame with real content, under Xvfb, median of several launches.
#   bench/startup.sh [RUNS] [JAR] [extra java options...]      (defaults: 5, target/shrinkage-lab.jar)
#   LAUNCHER=1 bench/startup.sh ...   starts it as bin/shrinkage-lab does (its class-data archive, C1 only)
# The app, started with -Dshrinkagelab.startupLog=true, prints "startup: content painted ... (epoch MS)" on
# the first pulse after the selected tab's first computation ended; launch time is taken here just before
# `java` starts, so the figure includes JVM start-up. Needs xvfb-run (apt-get install xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar="${2:-target/shrinkage-lab.jar}"
shift $(( $# > 2 ? 2 : $# )) || true
set -m
log=$(mktemp)
times=()
shown=()
cpus=()
for i in $(seq 1 "$runs"); do
  : > "$log"
  start=$(date +%s%3N)
  if [ "${LAUNCHER:-}" = 1 ]; then
    SHRINKAGE_LAB_JAR="$jar" JAVA_OPTS="-Dshrinkagelab.startupLog=true $*" \
        xvfb-run -a -s "-screen 0 1400x900x24" bin/shrinkage-lab > "$log" 2>&1 &
  else
    xvfb-run -a -s "-screen 0 1400x900x24" java -Dshrinkagelab.startupLog=true "$@" -jar "$jar" > "$log" 2>&1 &
  fi
  runner=$!
  # wait up to 5 minutes (a loaded machine is slow), polling the log
  while [ $(( $(date +%s%3N) - start )) -lt 300000 ]; do
    grep -q "content painted" "$log" && break
    sleep 0.05
  done
  painted=$(sed -n 's/.*content painted.*(epoch \([0-9]*\)).*/\1/p' "$log" | head -1)
  window=$(sed -n 's/.*window shown.*(epoch \([0-9]*\)).*/\1/p' "$log" | head -1)
  # set -m gave the launch its own process group: this ends xvfb-run, its Xvfb and java, nothing else
  kill -- -"$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  if [ -z "$painted" ]; then
    echo "run $i: no 'content painted' line; log:" >&2
    cat "$log" >&2
    exit 1
  fi
  cpu=$(sed -n 's/.*content painted.* \([0-9-]*\) ms CPU.*/\1/p' "$log" | head -1)
  cpus+=("$cpu")
  times+=($(( painted - start )))
  shown+=($(( window - start )))
  echo "run $i: window shown $(( window - start )) ms, content painted $(( painted - start )) ms (process CPU $cpu ms)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median of $runs launches: window shown $(median "${shown[@]}") ms, content painted $(median "${times[@]}") ms, process CPU by then $(median "${cpus[@]}") ms"
rm -f "$log"
