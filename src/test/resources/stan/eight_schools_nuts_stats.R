# Stan's NUTS statistics on the non-centered Eight Schools (mu ~ normal(0, 20), tau ~ half-Cauchy(0, 2)),
# 4 chains x (1000 + 1000), seeds 1-20: per-run mean step size, mean accept_stat__, mean n_leapfrog__,
# divergences. Reference for EightSchoolsMcmcTest's comparison with Stan.
# Run: Rscript eight_schools_nuts_stats.R [centered]   (the centered model when given "centered")
library(rstan)
rstan_options(boost_lib = "/usr/include")
data <- list(J = 8, y = c(28, 8, -3, 7, -1, 1, 18, 12), sigma = c(15, 10, 16, 11, 9, 11, 10, 18))
code <- if (identical(commandArgs(TRUE), "centered")) "
data { int<lower=0> J; vector[J] y; vector<lower=0>[J] sigma; }
parameters { real mu; real<lower=0> tau; vector[J] theta; }
model { mu ~ normal(0, 20); tau ~ cauchy(0, 2); theta ~ normal(mu, tau); y ~ normal(theta, sigma); }" else "
data { int<lower=0> J; vector[J] y; vector<lower=0>[J] sigma; }
parameters { real mu; real<lower=0> tau; vector[J] eta; }
transformed parameters { vector[J] theta = mu + tau * eta; }
model { mu ~ normal(0, 20); tau ~ cauchy(0, 2); eta ~ std_normal(); y ~ normal(theta, sigma); }"
m <- stan_model(model_code = code)
r <- t(sapply(1:20, function(s) {
  f <- sampling(m, data = data, chains = 4, iter = 2000, warmup = 1000, seed = s, refresh = 0)
  sp <- get_sampler_params(f, inc_warmup = FALSE)
  all <- do.call(rbind, sp)
  c(stepsize = mean(all[, "stepsize__"]), accept = mean(all[, "accept_stat__"]),
    n_leapfrog = mean(all[, "n_leapfrog__"]), divergences = sum(all[, "divergent__"]),
    treedepth = mean(all[, "treedepth__"]))
}))
print(r)
cat(sprintf("means over 20 seeds: stepsize %.4f (sd %.4f), accept_stat %.4f (sd %.4f), n_leapfrog %.3f (sd %.3f), divergences %.2f (sd %.2f), treedepth %.3f\n",
            mean(r[, 1]), sd(r[, 1]), mean(r[, 2]), sd(r[, 2]), mean(r[, 3]), sd(r[, 3]), mean(r[, 4]), sd(r[, 4]), mean(r[, 5])))
