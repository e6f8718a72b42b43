#!/usr/bin/env bash
# What each JVM start-up lever buys `summary eight-schools-mcmc --adapt-delta 0.8` (the command
# bench/eight_schools_cli_vs_rstan.sh races against rstan): the launcher's options (bin/shrinkage-lab: the
# class-data archive mapped where it was dumped, C1 only), then each lever changed alone, in rounds that
# alternate the configurations. Prints the median wall and CPU (user + system) time of each, and the load.
#   bench/cli_start_levers.sh [ROUNDS] [JAR] [OLD_JAR]   (defaults 5, target/shrinkage-lab.jar; needs mvn package's
#                                                         target/shrinkage-lab.jsa beside JAR)
# OLD_JAR (optional, with its own .jsa beside it, e.g. the jar of an earlier commit) is run with the launcher's
# options too, to measure a change of code (such as the picocli models built by code) rather than of flags.
# A dynamic archive (-XX:ArchiveClassesAtExit) is dumped once into a temporary folder for its row; JDK 17.0.15
# crashes in that dump (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), and the row is then left out.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
jar=$(readlink -f "${2:-target/shrinkage-lab.jar}")
old=${3:+$(readlink -f "$3")}
archive=${jar%.jar}.jsa
[ -f "$archive" ] || { echo "no $archive: run mvn package" >&2; exit 2; }
command=(summary eight-schools-mcmc --adapt-delta 0.8 --seed 1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dynamic=yes
java -XX:ErrorFile="$tmp/hs_err.log" -XX:ArchiveClassesAtExit="$tmp/dynamic.jsa" -XX:TieredStopAtLevel=1 -jar "$jar" \
    "${command[@]}" > /dev/null 2>&1 || { dynamic=""; echo "the dynamic archive's dump failed: no row for it"; }

reloc0="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
launcher="-XX:SharedArchiveFile=$archive $reloc0 -XX:TieredStopAtLevel=1"
names=("launcher (archive, no relocation, C1 only)" "archive relocated (JDK 17 default)" "no app archive (JDK's own)"
       "dynamic archive instead of static" "C2 too (TieredStopAtLevel=4)" "+UseSerialGC" "-UsePerfData"
       "-Xss256k" "-Xms16m" "-Xmx1g")
configs=("$launcher" "-XX:SharedArchiveFile=$archive -XX:TieredStopAtLevel=1" "-XX:TieredStopAtLevel=1"
         "-XX:SharedArchiveFile=$tmp/dynamic.jsa $reloc0 -XX:TieredStopAtLevel=1"
         "-XX:SharedArchiveFile=$archive $reloc0 -XX:TieredStopAtLevel=4" "$launcher -XX:+UseSerialGC"
         "$launcher -XX:-UsePerfData" "$launcher -Xss256k" "$launcher -Xms16m" "$launcher -Xmx1g")
if [ -z "$dynamic" ]; then
  unset 'names[3]' 'configs[3]'
  names=("${names[@]}"); configs=("${configs[@]}")
fi
jars=(); for _ in "${configs[@]}"; do jars+=("$jar"); done
if [ -n "$old" ]; then
  names+=("OLD_JAR, launcher's options"); configs+=("-XX:SharedArchiveFile=${old%.jar}.jsa $reloc0 -XX:TieredStopAtLevel=1")
  jars+=("$old")
fi
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -a wall cpu
for _ in $(seq "$rounds"); do
  for i in "${!configs[@]}"; do
    # shellcheck disable=SC2086 # each configuration is a list of words
    /usr/bin/time -o "$tmp/t" -f "%e %U %S" java ${configs[$i]} -jar "${jars[$i]}" "${command[@]}" > /dev/null
    read -r w u s < <(tail -1 "$tmp/t")
    wall[i]+="$(awk -v w="$w" 'BEGIN {print int(w * 1000)}') "
    cpu[i]+="$(awk -v u="$u" -v s="$s" 'BEGIN {print int((u + s) * 1000)}') "
  done
done
echo "median of $rounds rounds (load at the end $(cut -d' ' -f1-3 /proc/loadavg)):"
for i in "${!configs[@]}"; do
  # shellcheck disable=SC2086
  printf '%-45s wall %5s ms  CPU %5s ms   (CPU: %s)\n' "${names[$i]}" "$(median ${wall[i]})" "$(median ${cpu[i]})" \
      "${cpu[i]% }"
done
