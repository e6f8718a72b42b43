# HAND-MADE files in CmdStan's output CSV format (CmdStan 2.33 layout: configuration comments,
# header, adaptation comments, draws with 6 significant digits, timing comments). They were not
# written by CmdStan (not installed here); the draws are simulated in R (set.seed) so that the
# reader meets CmdStan's exact layout, including indexed names (beta.1) and saved warm-up rows.
#   cmdstan_1.csv, cmdstan_2.csv: two chains, save_warmup = 0, 150 draws each.
#   cmdstan_warmup_1.csv: one chain, save_warmup = 1, num_warmup = 9, thin = 2: the first
#     ceiling(9 / 2) = 5 rows are warm-up and must be dropped; 40 draws follow.
#   cmdstan_reference.csv: posterior's summarise_draws of cmdstan_1/2 as read back by read.csv,
#     E-BFMI per chain by rstan's get_bfmi formula, divergences and tree depth 10 hits.
# Run from this directory: Rscript make_cmdstan_fixture.R
suppressPackageStartupMessages(library(posterior))
set.seed(5150)

config <- function(chain, save_warmup, num_warmup, thin, num_samples) c(
  "# stan_version_major = 2", "# stan_version_minor = 33", "# stan_version_patch = 1",
  "# model = logistic_model", "# start_datetime = 2024-03-02 10:15:42 UTC",
  "# method = sample (Default)", "#   sample",
  sprintf("#     num_samples = %d", num_samples), sprintf("#     num_warmup = %d", num_warmup),
  sprintf("#     save_warmup = %s", save_warmup), sprintf("#     thin = %d", thin),
  "#     adapt", "#       engaged = true (Default)", "#       gamma = 0.05 (Default)",
  "#       delta = 0.8 (Default)", "#       kappa = 0.75 (Default)", "#       t0 = 10 (Default)",
  "#       init_buffer = 75 (Default)", "#       term_buffer = 50 (Default)", "#       window = 25 (Default)",
  "#       save_metric = false (Default)", "#     algorithm = hmc (Default)", "#       hmc",
  "#         engine = nuts (Default)", "#           nuts", "#             max_depth = 10 (Default)",
  "#         metric = diag_e (Default)", "#         metric_file =  (Default)",
  "#         stepsize = 1 (Default)", "#         stepsize_jitter = 0 (Default)",
  "#     num_chains = 1 (Default)", sprintf("# id = %d", chain), "# data", "#   file = logistic.data.json",
  "# init = 2 (Default)", "# random", "#   seed = 5150", "# output",
  sprintf("#   file = output_%d.csv", chain), "#   diagnostic_file =  (Default)", "#   refresh = 100 (Default)",
  "#   sig_figs = -1 (Default)", "#   profile_file = profile.csv (Default)",
  "#   save_cmdstan_config = false (Default)", "# num_threads = 1 (Default)",
  "# stanc_version = stanc3 v2.33.1", "# stancflags = ")
header <- "lp__,accept_stat__,stepsize__,treedepth__,n_leapfrog__,divergent__,energy__,alpha,beta.1,beta.2"

ar1 <- function(n, phi, mu, s) {
  x <- numeric(n); x[1] <- rnorm(1)
  for (i in 2:n) x[i] <- phi * x[i - 1] + sqrt(1 - phi^2) * rnorm(1)
  mu + s * x
}
simulate <- function(n, stepsize) {
  alpha <- ar1(n, 0.6, 0.4, 0.3); b1 <- ar1(n, 0.3, -1.2, 0.5); b2 <- ar1(n, 0.8, 2.0, 0.7)
  lp <- -0.5 * (((alpha - 0.4) / 0.3)^2 + ((b1 + 1.2) / 0.5)^2 + ((b2 - 2) / 0.7)^2) - 20
  energy <- -lp + rchisq(n, 3) / 2
  treedepth <- sample(2:4, n, replace = TRUE); treedepth[sample(n, 2)] <- 10
  divergent <- integer(n); divergent[sample(n, 3)] <- 1L
  data.frame(lp__ = lp, accept_stat__ = runif(n, 0.6, 1), stepsize__ = stepsize, treedepth__ = treedepth,
             n_leapfrog__ = 2^treedepth - 1, divergent__ = divergent, energy__ = energy,
             alpha = alpha, beta.1 = b1, beta.2 = b2)
}
g6 <- function(v) formatC(v, digits = 6, format = "g", flag = "")
rows <- function(d) apply(d, 1, function(r) paste(trimws(g6(r)), collapse = ","))
write_chain <- function(file, chain, d, warm = NULL, num_warmup = 1000, thin = 1) {
  stepsize <- d$stepsize__[1]
  lines <- c(config(chain, if (is.null(warm)) "false (Default)" else "true", num_warmup, thin, nrow(d)),
             header, if (!is.null(warm)) rows(warm),
             "# Adaptation terminated", sprintf("# Step size = %s", trimws(g6(stepsize))),
             "# Diagonal elements of inverse mass matrix:", "# 0.0912341, 0.251772, 0.487013",
             rows(d), "# ", "#  Elapsed Time: 0.021 seconds (Warm-up)",
             "#                0.018 seconds (Sampling)", "#                0.039 seconds (Total)", "# ")
  writeLines(lines, file)
}
write_chain("cmdstan_1.csv", 1, simulate(150, 0.612834))
write_chain("cmdstan_2.csv", 2, simulate(150, 0.588127))
warm <- simulate(5, 0.9); warm$stepsize__ <- c(1, 2.1, 0.31, 0.72, 0.55)
write_chain("cmdstan_warmup_1.csv", 1, simulate(40, 0.55), warm = warm, num_warmup = 9, thin = 2)

# the reference is computed from the files as written (6 significant digits), as any reader sees them
read <- function(f) read.csv(f, comment.char = "#")
chains <- lapply(c("cmdstan_1.csv", "cmdstan_2.csv"), read)
num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
vars <- c("alpha", "beta.1", "beta.2")
arr <- array(NA_real_, dim = c(150, 2, 3), dimnames = list(NULL, NULL, c("alpha", "beta[1]", "beta[2]")))
for (c in 1:2) for (v in 1:3) arr[, c, v] <- chains[[c]][[vars[v]]]
s <- summarise_draws(as_draws_array(arr), "mean", "sd", ~quantile(.x, probs = c(.05, .5, .95)),
                     "mcse_mean", "mcse_sd", "ess_bulk", "ess_tail", "rhat")
bfmi <- sapply(chains, function(d) { x <- d$energy__; (sum(diff(x)^2) / length(x)) / var(x) })
out <- data.frame(variable = s$variable, mean = num(s$mean), sd = num(s$sd), q5 = num(s$`5%`),
                  q50 = num(s$`50%`), q95 = num(s$`95%`), mcse_mean = num(s$mcse_mean),
                  mcse_sd = num(s$mcse_sd), ess_bulk = num(s$ess_bulk), ess_tail = num(s$ess_tail),
                  rhat = num(s$rhat))
con <- file("cmdstan_reference.csv", "w")
writeLines(c(paste0("# posterior ", packageVersion("posterior"), "; produced by make_cmdstan_fixture.R"),
             sprintf("# ebfmi = %s", paste(num(bfmi), collapse = " ")),
             sprintf("# divergences = %d", sum(sapply(chains, function(d) sum(d$divergent__)))),
             sprintf("# max_treedepth_hits = %d", sum(sapply(chains, function(d) sum(d$treedepth__ >= 10))))), con)
write.csv(out, con, row.names = FALSE, quote = FALSE)
close(con)
