# Stan's NUTS (rstan 2.21, defaults) on Neal's funnel in 10 dimensions, 4 chains x (1000 + 1000), seeds 1-20:
# divergences and the mean of v (true mean 0), to compare with NutsTest's funnel test.
# Run: Rscript funnel.R
library(rstan)
rstan_options(boost_lib = "/usr/include")
code <- "parameters { real v; vector[9] x; } model { v ~ normal(0, 3); x ~ normal(0, exp(v / 2)); }"
m <- stan_model(model_code = code)
for (s in 1:20) {
  f <- sampling(m, chains = 4, iter = 2000, warmup = 1000, seed = s, refresh = 0)
  sp <- get_sampler_params(f, inc_warmup = FALSE)
  div <- sum(sapply(sp, function(x) sum(x[, "divergent__"])))
  v <- extract(f, "v")$v
  cat(sprintf("seed %d: divergences %d, mean v %.3f, P(v < -4.93) %.4f\n", s, div, mean(v), mean(v < -4.9346)))
}
