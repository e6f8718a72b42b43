# Generates chains and posterior's internal Geyer ESS (posterior:::.ess, no splitting or rank normalization)
# of them, for GeyerEssTest. Run from this directory:  Rscript make_geyer_fixtures.R
# Writes geyer_ess.csv: one row per case, columns case, chains, draws, ess, then the draws chain after chain.
# The cases reach the branches summaries of split chains do not: a single chain, and short chains whose
# autocorrelation stays positive until the sequence runs out of lags (t reaches n - 5).
suppressPackageStartupMessages(library(posterior))
set.seed(20261201)

ar1 <- function(n, phi) {
  x <- numeric(n)
  x[1] <- rnorm(1) / sqrt(1 - phi^2)
  for (i in 2:n) x[i] <- phi * x[i - 1] + rnorm(1)
  x
}

cases <- list(
  single_ar1_300 = matrix(ar1(300, 0.6), ncol = 1),
  single_iid_50 = matrix(rnorm(50), ncol = 1),
  trend_1x9 = matrix(1:9 + rnorm(9, sd = 0.3), ncol = 1),
  trend_1x10 = matrix(1:10 + rnorm(10, sd = 0.3), ncol = 1),
  trend_2x11 = sapply(1:2, function(c) 1:11 + rnorm(11, sd = 0.5)),
  trend_3x7 = sapply(1:3, function(c) 1:7 + rnorm(7, sd = 0.2)),
  ar1_2x400_phi099 = sapply(1:2, function(c) ar1(400, 0.99))
)

num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
con <- file("geyer_ess.csv", "w")
writeLines(paste0("# posterior ", packageVersion("posterior"), ", ", R.version.string,
                  "; produced by make_geyer_fixtures.R"), con)
writeLines("case,chains,draws,ess,draws_chain_after_chain", con)
for (name in names(cases)) {
  m <- cases[[name]]
  writeLines(paste(c(name, ncol(m), nrow(m), num(posterior:::.ess(m)), num(as.vector(m))), collapse = ","), con)
}
close(con)
