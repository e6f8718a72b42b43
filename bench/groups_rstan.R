# Stan's side of `bench groups`: the varying-intercepts model of the app's `groups` problem at its defaults
# (non-centered: alpha_j = mu + tau z_j, z_j ~ normal(0, 1), mu ~ normal(0, 5), tau, sigma ~ half-normal(5),
# y_ij ~ normal(alpha_j, sigma)), 4 chains x (1000 warmup + 1000 draws), chains one after another (cores = 1).
# Data: the CSVs `simulate groups --groups J --seed 1 --out FILE` writes (columns group,y; group 1-based).
# Time = sum over chains of get_elapsed_time (warmup + sampling; Stan measures it with clock(), i.e. CPU time,
# comparable with the app's chain CPU time summed over chains). ESS = posterior::ess_bulk;
# min = the smallest over mu, tau, sigma and every alpha[j]. Per-gradient time = time / total n_leapfrog__
# (warmup included; a leapfrog step is one gradient).
# Run: Rscript bench/groups_rstan.R SEEDS CSV...   e.g. Rscript bench/groups_rstan.R 1,2,3 /tmp/groups_8.csv
# Prints one line per (file, seed): "stan J seed seconds ess_min ess_tau ess_min_per_s ess_tau_per_s us_per_grad
# min_at" (min_at: the parameter whose bulk ESS is the smallest).
suppressMessages({ library(rstan); library(posterior) })
rstan_options(boost_lib = "/usr/include")
args <- commandArgs(trailingOnly = TRUE)
seeds <- as.integer(strsplit(args[1], ",")[[1]])
files <- args[-1]
code <- "
data { int<lower=1> N; int<lower=1> J; int<lower=1, upper=J> g[N]; vector[N] y; }
parameters { real mu; real<lower=0> tau; real<lower=0> sigma; vector[J] z; }
transformed parameters { vector[J] alpha = mu + tau * z; }
model { mu ~ normal(0, 5); tau ~ normal(0, 5); sigma ~ normal(0, 5); z ~ std_normal(); y ~ normal(alpha[g], sigma); }"
model <- suppressMessages(stan_model(model_code = code))
for (file in files) {
  d <- read.csv(file)
  data <- list(N = nrow(d), J = max(d$group), g = d$group, y = d$y)
  for (seed in seeds) {
    f <- sampling(model, data = data, chains = 4, iter = 2000, warmup = 1000, seed = seed, cores = 1,
                  refresh = 0, pars = c("mu", "tau", "sigma", "alpha"))
    secs <- sum(get_elapsed_time(f))
    a <- as_draws_array(f)
    vars <- setdiff(variables(a), "lp__")
    ess <- sapply(vars, function(v) ess_bulk(extract_variable_matrix(a, v)))
    sp <- get_sampler_params(f, inc_warmup = TRUE)
    leapfrogs <- sum(sapply(sp, function(x) sum(x[, "n_leapfrog__"])))
    cat(sprintf("stan %d %d %.4f %.1f %.1f %.2f %.2f %.4f %s\n", data$J, seed, secs, min(ess), ess[["tau"]],
                min(ess) / secs, ess[["tau"]] / secs, 1e6 * secs / leapfrogs, names(which.min(ess))))
  }
}
