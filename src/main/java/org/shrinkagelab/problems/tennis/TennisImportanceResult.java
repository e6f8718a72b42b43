package org.shrinkagelab.problems.tennis;

/**
 * What importance sampling from the prior gives, with the running estimate for the convergence plot.
 *
 * @param estimate       self-normalized estimate of P(You beat A | observed matches)
 * @param mcse           its Monte Carlo standard error (delta method)
 * @param ess            effective sample size of the weights, (sum w)^2 / sum w^2
 * @param evidence       mean weight: an unbiased estimate of P(observed matches)
 * @param skills         the prior draws, skills[player][draw]
 * @param weights        the likelihood weight of each draw
 * @param checkpoints    numbers of samples at which the running estimate was recorded
 * @param runningEstimate the estimate using the first checkpoints[i] samples
 * @param runningMcse    its MCSE
 */
public record TennisImportanceResult(double estimate, double mcse, double ess, double evidence,
                                     double[][] skills, double[] weights, int[] checkpoints,
                                     double[] runningEstimate, double[] runningMcse) {

    /** The number of samples drawn. */
    public int samples() {
        return weights.length;
    }
}
