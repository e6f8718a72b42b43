#!/usr/bin/env bash
# Side by side: the whole `summary eight-schools-mcmc` command (JVM start included) against rstan's
# sampling() call on the same model and settings (non-centered, mu ~ normal(0, 20), tau ~ half-Cauchy(0, 2),
# 4 chains x (1000 warmup + 1000 draws), adapt_delta 0.8 as rstan's default (the tab's default is 0.95); rstan runs
# its chains one after another (cores = 1), ours in parallel as the window does), seeds 1-5, alternating.
# Ours two ways: a plain `java -jar` (no JVM options), and bin/shrinkage-lab, the launcher, which adds the
# class-data archive `mvn package` writes (target/shrinkage-lab.jsa), mapped where it was dumped, and C1 only.
# bench/cli_start_levers.sh measures what each of these start-up options buys.
# Prints each wall and CPU (user + system) time and the medians.
#   bench/eight_schools_cli_vs_rstan.sh [JAR [BEFORE_JAR]]   (default target/shrinkage-lab.jar; needs Rscript + rstan)
# BEFORE_JAR (optional, with its .jsa beside it, e.g. the jar of an earlier commit) also runs through the launcher,
# alternating with JAR, to compare two builds in the same sitting.
# bench/eight_schools_rstan.R gives the per-chain CPU times and ESS of the same runs.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(readlink -f "${1:-target/shrinkage-lab.jar}")
before=${2:+$(readlink -f "$2")}
seeds="1 2 3 4 5"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
times=$(mktemp)
# wall ms and CPU ms of one command
timed() {
  /usr/bin/time -o "$times" -f "%e %U %S" "$@" > /dev/null
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$times"
}
[ -f "${jar%.jar}.jsa" ] || echo "note: no ${jar%.jar}.jsa (mvn package writes it): the launcher runs without class-data archive"

plain=(); plaincpu=(); launcher=(); launchercpu=(); old=(); oldcpu=()
for s in $seeds; do
  read -r w c < <(timed java -jar "$jar" summary eight-schools-mcmc --adapt-delta 0.8 --seed "$s")
  plain+=("$w"); plaincpu+=("$c")
  read -r lw lc < <(SHRINKAGE_LAB_JAR="$jar" timed bin/shrinkage-lab summary eight-schools-mcmc --adapt-delta 0.8 --seed "$s")
  launcher+=("$lw"); launchercpu+=("$lc")
  echo "seed $s: java -jar summary $w ms ($c ms CPU), bin/shrinkage-lab summary $lw ms ($lc ms CPU)"
  if [ -n "$before" ]; then
    read -r ow oc < <(SHRINKAGE_LAB_JAR="$before" timed bin/shrinkage-lab summary eight-schools-mcmc --adapt-delta 0.8 --seed "$s")
    old+=("$ow"); oldcpu+=("$oc")
    echo "seed $s: BEFORE_JAR bin/shrinkage-lab summary $ow ms ($oc ms CPU)"
  fi
done
rm -f "$times"

rstan=$(Rscript -e '
suppressMessages(library(rstan)); rstan_options(boost_lib = "/usr/include")
code <- "
data { int<lower=0> J; vector[J] y; vector<lower=0>[J] sigma; }
parameters { real mu; real<lower=0> tau; vector[J] eta; }
transformed parameters { vector[J] theta = mu + tau * eta; }
model { mu ~ normal(0, 20); tau ~ cauchy(0, 2); eta ~ std_normal(); y ~ normal(theta, sigma); }"
data <- list(J = 8, y = c(28, 8, -3, 7, -1, 1, 18, 12), sigma = c(15, 10, 16, 11, 9, 11, 10, 18))
m <- stan_model(model_code = code)
for (s in 1:5) {
  t <- system.time(sampling(m, data = data, chains = 4, iter = 2000, warmup = 1000, seed = s, cores = 1,
                            refresh = 0))
  cat(round(1000 * t[["elapsed"]]), round(1000 * (t[["user.self"]] + t[["sys.self"]])), "\n")
}' 2>/dev/null)
r=(); rcpu=()
i=0
while read -r w c; do
  [ -n "$w" ] || continue
  i=$((i + 1)); r+=("$w"); rcpu+=("$c")
  echo "seed $i: rstan sampling() $w ms ($c ms CPU)"
done <<< "$rstan"
echo "median over seeds 1-5 (load $(cut -d' ' -f1 /proc/loadavg)):" \
     "java -jar summary $(median "${plain[@]}") ms ($(median "${plaincpu[@]}") ms CPU)," \
     "bin/shrinkage-lab summary $(median "${launcher[@]}") ms ($(median "${launchercpu[@]}") ms CPU)," \
     "rstan sampling() $(median "${r[@]}") ms ($(median "${rcpu[@]}") ms CPU)"
if [ -n "$before" ]; then
  echo "BEFORE_JAR bin/shrinkage-lab summary $(median "${old[@]}") ms ($(median "${oldcpu[@]}") ms CPU)"
fi
