package org.shrinkagelab.problems.eightschools.mcmc;

/**
 * The exact marginal posterior p(tau | y) on a grid (by quadrature), drawn over the MCMC histogram.
 *
 * @param tau     grid of tau values, increasing
 * @param density p(tau | y) at the grid points, normalized on (0, infinity)
 * @param mean    the exact E[tau | y]
 * @param sd      the exact Sd[tau | y]
 */
public record ExactTauCurve(double[] tau, double[] density, double mean, double sd) {
}
