package org.shrinkagelab.problems.fivedistricts;

/**
 * The mean and standard deviation of a posterior (exact for a Gaussian, the first two moments of a mixture).
 *
 * @param mean the posterior mean
 * @param sd   the posterior standard deviation
 */
public record NormalMoments(double mean, double sd) {
}
