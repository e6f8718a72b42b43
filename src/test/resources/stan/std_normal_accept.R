# Mean accept_stat__ of Stan's NUTS (rstan 2.21, default adapt_delta 0.8 and 0.95) on a 10-D standard
# normal, 4 chains x (1000 warmup + 1000 draws), 20 seeds; the reference for NutsTest's adaptation test.
# Run: Rscript std_normal_accept.R
library(rstan)
rstan_options(boost_lib = "/usr/include")
code <- "parameters { vector[10] x; } model { x ~ std_normal(); }"
m <- stan_model(model_code = code)
for (delta in c(0.8, 0.95)) {
  means <- sapply(1:20, function(s) {
    f <- sampling(m, chains = 4, iter = 2000, warmup = 1000, seed = s, refresh = 0,
                  control = list(adapt_delta = delta))
    sp <- get_sampler_params(f, inc_warmup = FALSE)
    mean(sapply(sp, function(x) mean(x[, "accept_stat__"])))
  })
  cat(sprintf("delta %.2f: mean accept_stat %.4f, sd over seeds %.4f, min %.4f, max %.4f\n",
              delta, mean(means), sd(means), min(means), max(means)))
}
