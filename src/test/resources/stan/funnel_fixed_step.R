# Stan's NUTS transition alone (no adaptation: unit metric, step size fixed at 0.25) on Neal's funnel in
# 10 dimensions, 4 chains x (200 + 1000), seeds 1-20: per-run divergences, mean n_leapfrog__, mean
# accept_stat__ and mean v. Reference for NutsTest's fixed-step comparison. Run: Rscript funnel_fixed_step.R
library(rstan)
rstan_options(boost_lib = "/usr/include")
code <- "parameters { real v; vector[9] x; } model { v ~ normal(0, 3); x ~ normal(0, exp(v / 2)); }"
m <- stan_model(model_code = code)
r <- t(sapply(1:20, function(s) {
  f <- sampling(m, chains = 4, iter = 1200, warmup = 200, seed = s, refresh = 0,
                control = list(adapt_engaged = FALSE, stepsize = 0.25))
  all <- do.call(rbind, get_sampler_params(f, inc_warmup = FALSE))
  c(divergences = sum(all[, "divergent__"]), n_leapfrog = mean(all[, "n_leapfrog__"]),
    accept = mean(all[, "accept_stat__"]), v = mean(extract(f, "v")$v))
}))
print(r)
cat(sprintf("means over 20 seeds: divergences %.2f (sd %.2f), n_leapfrog %.3f (sd %.3f), accept_stat %.4f (sd %.4f), v %.3f (sd %.3f)\n",
            mean(r[, 1]), sd(r[, 1]), mean(r[, 2]), sd(r[, 2]), mean(r[, 3]), sd(r[, 3]), mean(r[, 4]), sd(r[, 4])))
