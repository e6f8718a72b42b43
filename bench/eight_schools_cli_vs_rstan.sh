#!/usr/bin/env bash
# Side by side: the whole `summary eight-schools-mcmc` command (JVM start included) against rstan's
# sampling() call on the same model and settings (non-centered, mu ~ normal(0, 20), tau ~ half-Cauchy(0, 2),
# 4 chains x (1000 warmup + 1000 draws), adapt_delta 0.8 as rstan's default (the tab's default is 0.95); rstan runs
# its chains one after another (cores = 1), ours in parallel as the window does), seeds 1-5.
# Prints each wall time and the medians. Also times the command with a static AppCDS archive (built here on
# first use from the classes one run loads) to show what class-data sharing buys.
#   bench/eight_schools_cli_vs_rstan.sh [JAR]        (default target/shrinkage-lab.jar; needs Rscript + rstan)
# bench/eight_schools_rstan.R gives the per-chain CPU times and ESS of the same runs.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-target/shrinkage-lab.jar}"
jsa="${jar%.jar}.jsa"
seeds="1 2 3 4 5"
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

if [ ! -f "$jsa" ]; then
  # a static archive of the classes one run loads: JDK 17's dynamic one (-XX:ArchiveClassesAtExit) crashes
  # on this app (in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary)
  lst=$(mktemp)
  java -XX:DumpLoadedClassList="$lst" -jar "$jar" summary eight-schools-mcmc --adapt-delta 0.8 > /dev/null
  # without the lambda-proxy lines, which make JDK 17's -Xshare:dump crash on this class list
  grep -v '^@' "$lst" > "$lst.classes"
  java -Xshare:dump -XX:SharedClassListFile="$lst.classes" -XX:SharedArchiveFile="$jsa" -cp "$jar" > /dev/null 2>&1
  rm -f "$lst.classes"
  rm -f "$lst"
fi

plain=(); cds=()
for s in $seeds; do
  t0=$(now); java -jar "$jar" summary eight-schools-mcmc --adapt-delta 0.8 --seed "$s" > /dev/null; t1=$(now)
  java -XX:SharedArchiveFile="$jsa" -jar "$jar" summary eight-schools-mcmc --adapt-delta 0.8 --seed "$s" > /dev/null; t2=$(now)
  plain+=($(ms "$t0" "$t1")); cds+=($(ms "$t1" "$t2"))
  echo "seed $s: java -jar summary $(ms "$t0" "$t1") ms, with AppCDS $(ms "$t1" "$t2") ms"
done

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
                            refresh = 0))[["elapsed"]]
  cat(round(1000 * t), "\n")
}' 2>/dev/null)
r=($rstan)
i=0
for s in $seeds; do echo "seed $s: rstan sampling() ${r[$i]} ms"; i=$((i + 1)); done
echo "median over seeds 1-5: java -jar summary $(median "${plain[@]}") ms, with AppCDS $(median "${cds[@]}") ms," \
     "rstan sampling() $(median "${r[@]}") ms"
