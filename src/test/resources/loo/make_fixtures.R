# Reference numbers for the PSIS-LOO tests (LooTest, LooCommandTest), from the loo R package 2.5.1
# (Debian r-cran-loo). Run from this directory:  Rscript make_fixtures.R
# Each case writes its draws as <case>.csv (chain,draw,mu,sigma,log_lik[1..N]; numbers with 10 significant
# digits) and loo's results on the numbers read back from that file, so both sides start from the same doubles:
#   <case>_loo.json  estimates, r_eff (loo::relative_eff of exp(log_lik) by chain), pointwise elpd_loo,
#                    mcse_elpd_loo, p_loo, looic, pareto_k, n_eff, and the MCSE of elpd_loo
#   compare.json     loo_compare of the cases on the same data, stacking and pseudo-BMA weights
# Cases: 'normal' (normal model, known-form posterior, one outlier: high k), 'student' (Student-t model on
# the same data by random-walk Metropolis: autocorrelated, r_eff < 1), 'ar' (normal model, AR(1) chains with
# exact marginal: r_eff well below 1), 'odd' (3 chains of 707 draws, a length that is not a 2-3-5 FFT size,
# written as three CmdStan-style files odd_<c>.csv).
suppressMessages({library(loo); library(jsonlite)})
stopifnot(packageVersion("loo") == "2.5.1")
set.seed(20261201)

y <- c(round(rnorm(19, 1, 1.5), 3), 9.5)   # the last observation is the outlier
N <- length(y); chains <- 4; iters <- 1000

# Normal model, flat prior on (mu, log sigma): sigma^2 | y ~ scaled-Inv-chi2(n-1, s^2), mu | sigma, y ~ N(ybar, sigma^2/n)
normal_posterior <- function(S) {
  s2 <- var(y); sigma2 <- (N - 1) * s2 / rchisq(S, N - 1)
  cbind(mu = rnorm(S, mean(y), sqrt(sigma2 / N)), sigma = sqrt(sigma2))
}
normal_ll <- function(th) sapply(seq_len(N), function(i) dnorm(y[i], th[, "mu"], th[, "sigma"], log = TRUE))

student_ll_point <- function(mu, sigma, nu = 3) dt((y - mu) / sigma, nu, log = TRUE) - log(sigma)
student_chain <- function(iters, start) {
  out <- matrix(NA, iters, 2, dimnames = list(NULL, c("mu", "sigma"))); cur <- start
  lp <- function(p) sum(student_ll_point(p[1], exp(p[2])))  # flat prior on (mu, log sigma)
  lcur <- lp(cur)
  for (t in seq_len(iters + 500)) {
    prop <- cur + rnorm(2, 0, c(0.5, 0.3)); lprop <- lp(prop)
    if (log(runif(1)) < lprop - lcur) { cur <- prop; lcur <- lprop }
    if (t > 500) out[t - 500, ] <- c(cur[1], exp(cur[2]))
  }
  out
}
student_ll <- function(th) t(apply(th, 1, function(p) student_ll_point(p[1], p[2])))

ar_normal <- function(iters, rho) {
  # Stationary AR(1) in (mu, log sigma) around one exact posterior draw set's moments: correlated, right marginal
  th <- normal_posterior(20000); m <- colMeans(cbind(th[, 1], log(th[, 2]))); s <- apply(cbind(th[, 1], log(th[, 2])), 2, sd)
  z <- matrix(0, iters, 2); z[1, ] <- rnorm(2)
  for (t in 2:iters) z[t, ] <- rho * z[t - 1, ] + sqrt(1 - rho^2) * rnorm(2)
  cbind(mu = m[1] + s[1] * z[, 1], sigma = exp(m[2] + s[2] * z[, 2]))
}

write_draws <- function(file, chain_list, llfun) {
  rows <- do.call(rbind, lapply(seq_along(chain_list), function(c) {
    th <- chain_list[[c]]; ll <- llfun(th)
    m <- cbind(chain = c, draw = seq_len(nrow(th)), th, ll)
    colnames(m) <- c("chain", "draw", "mu", "sigma", paste0("log_lik[", seq_len(N), "]")); m
  }))
  txt <- apply(rows, 1, function(r) paste(c(r[1:2], formatC(r[-(1:2)], digits = 10, format = "g")), collapse = ","))
  writeLines(c(paste(colnames(rows), collapse = ","), txt), file)
}

loo_of <- function(d, name) {
  ll <- as.matrix(d[, grep("^log_lik", names(d))])
  chain_id <- d$chain
  r_eff <- relative_eff(exp(ll), chain_id = chain_id)
  l <- loo(ll, r_eff = r_eff)
  pw <- l$pointwise
  out <- list(case = name, draws = nrow(ll), observations = ncol(ll), chains = length(unique(chain_id)),
    elpd_loo = l$estimates["elpd_loo", 1], se_elpd_loo = l$estimates["elpd_loo", 2],
    p_loo = l$estimates["p_loo", 1], se_p_loo = l$estimates["p_loo", 2],
    looic = l$estimates["looic", 1], se_looic = l$estimates["looic", 2],
    mcse_elpd_loo = mcse_loo(l), r_eff = r_eff,
    pointwise = list(elpd_loo = pw[, "elpd_loo"], mcse_elpd_loo = pw[, "mcse_elpd_loo"], p_loo = pw[, "p_loo"],
      looic = pw[, "looic"], pareto_k = pw[, "influence_pareto_k"], n_eff = l$diagnostics$n_eff))
  writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"), paste0(name, "_loo.json"))
  l
}

write_draws("normal.csv", lapply(1:chains, function(c) normal_posterior(iters)), normal_ll)
write_draws("student.csv", lapply(1:chains, function(c) student_chain(iters, c(mean(y), log(sd(y))))), student_ll)
write_draws("ar.csv", lapply(1:chains, function(c) ar_normal(iters, 0.9)), normal_ll)

# 'odd': 3 chains x 707 draws as CmdStan-style files (comment lines, lp__ statistic column, CmdStan's log_lik.1 names)
odd <- lapply(1:3, function(c) ar_normal(707, 0.6))
for (c in 1:3) {
  th <- odd[[c]]; ll <- normal_ll(th)
  m <- cbind(lp__ = rowSums(ll), th, ll)
  txt <- apply(m, 1, function(r) paste(formatC(r, digits = 10, format = "g"), collapse = ","))
  writeLines(c("# method = sample (Default)", "#   num_samples = 707", paste0("#   chain ", c),
               paste(c("lp__", "mu", "sigma", paste0("log_lik.", seq_len(N))), collapse = ","), txt),
             sprintf("odd_%d.csv", c))
}
odd_read <- do.call(rbind, lapply(1:3, function(c) {
  d <- read.csv(sprintf("odd_%d.csv", c), comment.char = "#", check.names = FALSE); d$chain <- c; d }))
names(odd_read) <- sub("^log_lik\\.(\\d+)$", "log_lik[\\1]", names(odd_read))

loos <- list(normal = loo_of(read.csv("normal.csv", check.names = FALSE), "normal"),
             student = loo_of(read.csv("student.csv", check.names = FALSE), "student"),
             ar = loo_of(read.csv("ar.csv", check.names = FALSE), "ar"))
invisible(loo_of(odd_read, "odd"))

cmp <- loo_compare(loos)
lpd_point <- sapply(loos, function(l) l$pointwise[, "elpd_loo"])
stack <- stacking_weights(lpd_point, optim_control = list(reltol = 1e-15))
pbma <- pseudobma_weights(lpd_point, BB = FALSE)
writeLines(toJSON(list(models = rownames(cmp), elpd_diff = unname(cmp[, "elpd_diff"]), se_diff = unname(cmp[, "se_diff"]),
  elpd_loo = unname(cmp[, "elpd_loo"]), se_elpd_loo = unname(cmp[, "se_elpd_loo"]), p_loo = unname(cmp[, "p_loo"]),
  input_order = names(loos), stacking_weights = unname(as.numeric(stack)), pseudobma_weights = unname(as.numeric(pbma))),
  digits = NA, pretty = TRUE), "compare.json")
print(cmp)
print(stack); print(pbma)
for (l in loos) print(l)

# Stacking with weights inside the simplex: three made-up models' pointwise elpd, none dominating
lpd_mix <- cbind(log(runif(30, 0.05, 1)), log(runif(30, 0.05, 1)), log(runif(30, 0.05, 1)))
writeLines(toJSON(list(lpd_point = lpd_mix, stacking_weights = unname(as.numeric(
  stacking_weights(lpd_mix, optim_control = list(reltol = 1e-15))))), digits = NA, pretty = TRUE), "stacking.json")
