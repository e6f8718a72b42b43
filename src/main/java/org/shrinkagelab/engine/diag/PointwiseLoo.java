package org.shrinkagelab.engine.diag;

/**
 * PSIS-LOO of one observation, the columns of loo's {@code pointwise} matrix and diagnostics.
 *
 * @param name        the log-likelihood column, such as {@code log_lik[3]}
 * @param elpdLoo     log of the leave-one-out predictive density of the observation
 * @param mcseElpdLoo Monte Carlo standard error of elpdLoo
 * @param pLoo        the observation's effective number of parameters, lpd - elpd_loo
 * @param looic       -2 elpd_loo
 * @param paretoK     the Pareto shape k-hat of its importance weights (infinite if the tail could not be fitted)
 * @param nEff        PSIS effective sample size of its weights, r_eff / sum of squared normalized weights
 * @param rEff        relative efficiency of its likelihood draws
 */
public record PointwiseLoo(String name, double elpdLoo, double mcseElpdLoo, double pLoo, double looic,
                           double paretoK, double nEff, double rEff) {
}
