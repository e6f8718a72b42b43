#!/usr/bin/env bash
# Time from launch to the first painted frame with real content, under Xvfb, median of several launches.
#   bench/startup.sh [RUNS] [JAR] [extra java options...]      (defaults: 5, target/shrinkage-lab.jar)
#   LAUNCHER=1 bench/startup.sh ...   starts it as bin/shrinkage-lab does (its class-data archive, C1 only)
#   XVFB_RUN=1 bench/startup.sh ...   starts an X server for each launch (xvfb-run), inside the timed span, as
#                                     this script did before 2026-12-02; by default one X server is started
#                                     first and serves every launch, as a user's desktop is running already
# The app, started with -Dshrinkagelab.startupLog=true, prints "startup: content painted ... (epoch MS)" on
# the first pulse after the selected tab's first computation ended, with the process's CPU time and the FX
# thread's (the critical path: on a loaded machine its CPU time says more than the wall time); launch time is
# taken here just before `java` starts, so the figure includes JVM start-up. Needs Xvfb (apt-get install xvfb
# xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar="${2:-target/shrinkage-lab.jar}"
shift $(( $# > 2 ? 2 : $# )) || true
set -m
log=$(mktemp)
if [ "${XVFB_RUN:-}" != 1 ]; then
  displayfd=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3> "$displayfd" > /dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true; rm -f "$displayfd"' EXIT
  for _ in $(seq 1 100); do [ -s "$displayfd" ] && break; sleep 0.05; done
  export DISPLAY=":$(head -1 "$displayfd")"
fi
# the launch command, under xvfb-run when asked
x() { if [ "${XVFB_RUN:-}" = 1 ]; then xvfb-run -a -s "-screen 0 1400x900x24" "$@"; else "$@"; fi; }
times=()
shown=()
cpus=()
fxs=()
for i in $(seq 1 "$runs"); do
  : > "$log"
  start=$(date +%s%3N)
  if [ "${LAUNCHER:-}" = 1 ]; then
    SHRINKAGE_LAB_JAR="$jar" JAVA_OPTS="-Dshrinkagelab.startupLog=true $*" \
        x bin/shrinkage-lab > "$log" 2>&1 &
  else
    x java -Dshrinkagelab.startupLog=true "$@" -jar "$jar" > "$log" 2>&1 &
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
  cpu=$(sed -n "s/.*content painted.* JVM start, \([0-9-]*\) ms CPU.*/\1/p" "$log" | head -1)
  cpus+=("$cpu")
  fx=$(sed -n 's/.*content painted.*FX thread \([0-9-]*\) ms CPU.*/\1/p' "$log" | head -1)
  fxs+=("$fx")
  times+=($(( painted - start )))
  shown+=($(( window - start )))
  echo "run $i: window shown $(( window - start )) ms, content painted $(( painted - start )) ms (process CPU $cpu ms, FX thread $fx ms)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median of $runs launches: window shown $(median "${shown[@]}") ms, content painted $(median "${times[@]}") ms, process CPU by then $(median "${cpus[@]}") ms, FX thread CPU $(median "${fxs[@]}") ms"
rm -f "$log"
