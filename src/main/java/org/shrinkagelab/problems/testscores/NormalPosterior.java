package org.shrinkagelab.problems.testscores;

/**
 * A Gaussian posterior of one quantity.
 *
 * @param mean the posterior mean
 * @param sd   the posterior standard deviation
 */
public record NormalPosterior(double mean, double sd) {
    /** The 95% quantile of the standard normal, for central 90% intervals. */
    public static final double Z95 = 1.6448536269514722;

    /** The lower end of the central 90% interval (the 5% quantile). */
    public double q5() {
        return mean - Z95 * sd;
    }

    /** The upper end of the central 90% interval (the 95% quantile). */
    public double q95() {
        return mean + Z95 * sd;
    }
}
