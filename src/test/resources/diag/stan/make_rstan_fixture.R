# A real Stan output: the non-centered eight-schools model sampled by rstan (Stan 2.21) with its
# sample_file option, which writes Stan's CSV (configuration comments, saved warm-up draws, the
# adaptation comments, timing comments). Then the reference numbers from peers:
#   rstan_reference.csv: posterior::summarise_draws of rstan::read_stan_csv (warm-up excluded),
#   rstan_sampler.csv:   rstan's get_bfmi per chain, get_num_divergent, get_num_max_treedepth.
# Run from this directory: Rscript make_rstan_fixture.R   (compiles the model, about 40 s)
suppressPackageStartupMessages({library(rstan); library(posterior)})
rstan_options(boost_lib = "/usr/include")
code <- "
data { int J; real y[J]; real<lower=0> sigma[J]; }
parameters { real mu; real<lower=0> tau; vector[J] theta_tilde; }
transformed parameters { vector[J] theta = mu + tau * theta_tilde; }
model { mu ~ normal(0, 5); tau ~ cauchy(0, 5); theta_tilde ~ normal(0, 1); y ~ normal(theta, sigma); }
"
data <- list(J = 8, y = c(28, 8, -3, 7, -1, 1, 18, 12), sigma = c(15, 10, 16, 11, 9, 11, 10, 18))
m <- stan_model(model_code = code, model_name = "eight_schools_nc")
fit <- sampling(m, data = data, chains = 2, iter = 400, warmup = 200, seed = 4711, cores = 1,
                sample_file = "rstan_eight_schools.csv", refresh = 0)
files <- c("rstan_eight_schools_1.csv", "rstan_eight_schools_2.csv")
# the files as written (their draws have 6 significant digits) are the input of both sides
fit_csv <- read_stan_csv(files)
num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
s <- summarise_draws(as_draws_array(fit_csv), "mean", "sd", ~quantile(.x, probs = c(.05, .5, .95)),
                     "mcse_mean", "mcse_sd", "ess_bulk", "ess_tail", "rhat")
out <- data.frame(variable = s$variable, mean = num(s$mean), sd = num(s$sd), q5 = num(s$`5%`),
                  q50 = num(s$`50%`), q95 = num(s$`95%`), mcse_mean = num(s$mcse_mean),
                  mcse_sd = num(s$mcse_sd), ess_bulk = num(s$ess_bulk), ess_tail = num(s$ess_tail),
                  rhat = num(s$rhat))
con <- file("rstan_reference.csv", "w")
writeLines(paste0("# posterior ", packageVersion("posterior"), ", rstan ", packageVersion("rstan"),
                  "; produced by make_rstan_fixture.R"), con)
write.csv(out, con, row.names = FALSE, quote = FALSE)
close(con)
bfmi <- get_bfmi(fit_csv)
sampler <- data.frame(chain = seq_along(bfmi), ebfmi = num(bfmi),
                      divergences = get_num_divergent(fit_csv),
                      max_treedepth_hits = get_num_max_treedepth(fit_csv))
write.csv(sampler, "rstan_sampler.csv", row.names = FALSE, quote = FALSE)
