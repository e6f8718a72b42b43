# Stan's side of `bench eight-schools-mcmc`: the same model as the app's default (non-centered,
# mu ~ normal(0, 20), tau ~ half-Cauchy(0, 2), normal population), 4 chains x (1000 warmup + 1000 draws),
# chains one after another (cores = 1). Time = sum over chains of get_elapsed_time (warmup + sampling; Stan
# measures it with clock(), i.e. CPU time, comparable with the app's `full` case),
# ESS = posterior::ess_bulk. Median over seeds 1-5. Also the centered model's divergences and tau
# diagnostics over the same seeds, for comparison with EightSchoolsMcmcTest.
# Run: Rscript bench/eight_schools_rstan.R   (rstan 2.21 / Stan 2.21; compiling takes about a minute)
library(rstan)
library(posterior)
rstan_options(boost_lib = "/usr/include")
data <- list(J = 8, y = c(28, 8, -3, 7, -1, 1, 18, 12), sigma = c(15, 10, 16, 11, 9, 11, 10, 18))
noncentered <- "
data { int<lower=0> J; vector[J] y; vector<lower=0>[J] sigma; }
parameters { real mu; real<lower=0> tau; vector[J] eta; }
transformed parameters { vector[J] theta = mu + tau * eta; }
model { mu ~ normal(0, 20); tau ~ cauchy(0, 2); eta ~ std_normal(); y ~ normal(theta, sigma); }"
centered <- "
data { int<lower=0> J; vector[J] y; vector<lower=0>[J] sigma; }
parameters { real mu; real<lower=0> tau; vector[J] theta; }
model { mu ~ normal(0, 20); tau ~ cauchy(0, 2); theta ~ normal(mu, tau); y ~ normal(theta, sigma); }"
mn <- stan_model(model_code = noncentered)
mc <- stan_model(model_code = centered)
run <- function(m, seed) {
  f <- sampling(m, data = data, chains = 4, iter = 2000, warmup = 1000, seed = seed, cores = 1, refresh = 0)
  secs <- sum(get_elapsed_time(f))
  d <- as_draws_array(f)
  sp <- get_sampler_params(f, inc_warmup = FALSE)
  c(seconds = secs, ess_tau = ess_bulk(extract_variable_matrix(d, "tau")),
    ess_mu = ess_bulk(extract_variable_matrix(d, "mu")),
    rhat_tau = rhat(extract_variable_matrix(d, "tau")),
    divergences = sum(sapply(sp, function(x) sum(x[, "divergent__"]))),
    n_leapfrog = mean(sapply(sp, function(x) mean(x[, "n_leapfrog__"]))),
    stepsize = mean(sapply(sp, function(x) x[1, "stepsize__"])))
}
for (name in c("noncentered", "centered")) {
  m <- if (name == "noncentered") mn else mc
  r <- t(sapply(1:5, function(s) run(m, s)))
  print(cbind(r, ess_tau_per_s = r[, "ess_tau"] / r[, "seconds"], ess_mu_per_s = r[, "ess_mu"] / r[, "seconds"]))
  cat(sprintf("%s: median seconds %.4f, median bulk ESS/s tau %.0f, mu %.0f\n", name, median(r[, "seconds"]),
              median(r[, "ess_tau"] / r[, "seconds"]), median(r[, "ess_mu"] / r[, "seconds"])))
}
