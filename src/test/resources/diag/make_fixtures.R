# Generates the reference draws and the posterior package's diagnostics of them, for DiagnosticsTest.
# Run from this directory:  Rscript make_fixtures.R
# Writes draws_<name>.csv (columns chain,draw,x) and reference.csv (one row per fixture).
# Every number in reference.csv is computed by the posterior R package (version recorded in
# the file's first line and in README.md); the Java code must reproduce them to 1e-6 relative.
suppressPackageStartupMessages(library(posterior))
set.seed(20261121)

ar1 <- function(n, phi) {
  x <- numeric(n)
  x[1] <- rnorm(1) / sqrt(1 - phi^2)
  for (i in 2:n) x[i] <- phi * x[i - 1] + rnorm(1)
  x
}

fixtures <- list(
  iid_normal = sapply(1:4, function(c) rnorm(1000)),
  ar1_phi095 = sapply(1:4, function(c) ar1(1000, 0.95)),
  shifted_chain = sapply(1:4, function(c) rnorm(500, mean = if (c == 4) 1 else 0)),
  cauchy = sapply(1:4, function(c) rcauchy(1000)),
  student_t1p5 = sapply(1:4, function(c) rt(1000, df = 1.5)),
  constant = matrix(3.25, nrow = 100, ncol = 4),
  one_constant_chain = cbind(sapply(1:3, function(c) rnorm(100)), rep(0.5, 100)),
  short_4x10 = sapply(1:4, function(c) rnorm(10)),
  short_4x6 = sapply(1:4, function(c) rnorm(6)),
  short_2x5 = sapply(1:2, function(c) rnorm(5)),
  odd_3x101 = sapply(1:3, function(c) ar1(101, 0.5)),
  single_chain = matrix(ar1(200, 0.7), ncol = 1),
  poisson_ties = sapply(1:4, function(c) rpois(250, 3)),
  bernoulli_rare = sapply(1:4, function(c) rbinom(300, 1, 0.03)),
  exp_skewed = sapply(1:2, function(c) rexp(2001, 0.1))
)

num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
rows <- list()
for (name in names(fixtures)) {
  m <- fixtures[[name]]
  draws <- data.frame(chain = rep(seq_len(ncol(m)), each = nrow(m)),
                      draw = rep(seq_len(nrow(m)), times = ncol(m)),
                      x = num(as.vector(m)))
  write.csv(draws, paste0("draws_", name, ".csv"), row.names = FALSE, quote = FALSE)
  d <- as_draws_array(array(m, dim = c(nrow(m), ncol(m), 1), dimnames = list(NULL, NULL, "x")))
  s <- suppressWarnings(summarise_draws(d, "mean", "sd", ~quantile(.x, probs = c(.05, .5, .95)),
                                        "mcse_mean", "mcse_sd", "ess_bulk", "ess_tail", "rhat"))
  extra <- suppressWarnings(c(
    rhat_basic = rhat_basic(m), ess_basic = ess_basic(m),
    ess_q5 = unname(ess_quantile(m, 0.05)), ess_q95 = unname(ess_quantile(m, 0.95)),
    mcse_q5 = unname(mcse_quantile(m, 0.05)), mcse_q95 = unname(mcse_quantile(m, 0.95)),
    mcse_q50 = unname(mcse_quantile(m, 0.5))))
  rows[[name]] <- c(fixture = name, chains = ncol(m), draws = nrow(m),
                    mean = num(s$mean), sd = num(s$sd), q5 = num(s$`5%`), q50 = num(s$`50%`),
                    q95 = num(s$`95%`), mcse_mean = num(s$mcse_mean), mcse_sd = num(s$mcse_sd),
                    ess_bulk = num(s$ess_bulk), ess_tail = num(s$ess_tail), rhat = num(s$rhat),
                    sapply(extra, num))
}
out <- do.call(rbind, rows)
con <- file("reference.csv", "w")
writeLines(paste0("# posterior ", packageVersion("posterior"), ", ", R.version.string,
                  "; produced by make_fixtures.R"), con)
write.csv(out, con, row.names = FALSE, quote = FALSE)
close(con)
