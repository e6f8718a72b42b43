# Mean accept_stat__ of Stan's static HMC (rstan 2.21, algorithm = "HMC", int_time = pi/2, adapt_delta 0.8)
# on a 10-D standard normal, 4 chains x (1000 + 1500), 20 seeds; reference for OtherSamplersTest.
# Run: Rscript static_hmc_accept.R
library(rstan)
rstan_options(boost_lib = "/usr/include")
code <- "parameters { vector[10] x; } model { x ~ std_normal(); }"
m <- stan_model(model_code = code)
means <- sapply(1:20, function(s) {
  f <- sampling(m, chains = 4, iter = 2500, warmup = 1000, seed = s, refresh = 0, algorithm = "HMC",
                control = list(adapt_delta = 0.8, int_time = pi / 2))
  sp <- get_sampler_params(f, inc_warmup = FALSE)
  mean(sapply(sp, function(x) mean(x[, "accept_stat__"])))
})
cat(sprintf("static HMC delta 0.80: mean accept_stat %.4f, sd over seeds %.4f, min %.4f, max %.4f\n",
            mean(means), sd(means), min(means), max(means)))
