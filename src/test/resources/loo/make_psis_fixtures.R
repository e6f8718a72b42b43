# Reference Pareto smoothing of single log-ratio vectors by the loo R package 2.5.1 (loo::psis), for
# ParetoSmoothingTest. Run from this directory:  Rscript make_psis_fixtures.R
# Writes psis.json: per case the log ratios, r_eff, loo's tail length, k-hat (null when loo gives Inf) and
# the unnormalized log weights (weights(psis, log = TRUE, normalize = FALSE)), printed to 15 digits.
# Cases: the shortest tail loo smooths (S = 25: tail 5), one too short to smooth (S = 20: tail 4), a heavy
# tail with r_eff < 1, and a flat tail (the largest ratios equal: loo cannot fit and warns).
suppressMessages({library(loo); library(jsonlite)})
stopifnot(packageVersion("loo") == "2.5.1")
set.seed(20261202)

cases <- list(
  tail_of_five = list(lr = rnorm(25, 3, 1.2), r_eff = 1),
  tail_of_four = list(lr = rnorm(20, -2, 1), r_eff = 1),
  heavy = list(lr = rt(400, df = 2) - 7, r_eff = 0.6),
  flat_tail = list(lr = c(rnorm(40, 0, 1), rep(4.5, 10)), r_eff = 1)
)
out <- list()
for (name in names(cases)) {
  lr <- signif(cases[[name]]$lr, 10) # printed exactly, so Java reads the doubles loo was given
  r_eff <- cases[[name]]$r_eff
  p <- suppressWarnings(psis(lr, r_eff = r_eff))
  k <- pareto_k_values(p)
  out[[name]] <- list(log_ratios = lr, r_eff = r_eff,
                      tail_length = loo:::n_pareto(r_eff, length(lr)),
                      k = if (is.finite(k)) k else NULL,
                      log_weights = as.vector(weights(p, log = TRUE, normalize = FALSE)))
}
writeLines(toJSON(c(list(loo_version = as.character(packageVersion("loo"))), out),
                  digits = NA, auto_unbox = TRUE, null = "null"), "psis.json")
