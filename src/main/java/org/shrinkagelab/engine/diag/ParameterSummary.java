package org.shrinkagelab.engine.diag;

/**
 * One row of a posterior summary, with the columns of the {@code posterior} R package.
 * Fields that do not apply (an exact problem has no r_hat) are null and are left out of JSON;
 * a diagnostic that cannot be computed (a constant chain) is NaN and is written as null.
 */
public record ParameterSummary(String name, Double mean, Double sd, Double q5, Double q50, Double q95,
                               Double mcseMean, Double mcseSd, Double essBulk, Double essTail,
                               Double rHat) {

    /** A row with only the moments and quantiles, for exact (non-sampled) results; quantiles may be null. */
    public static ParameterSummary exact(String name, double mean, double sd, Double q5, Double q50, Double q95) {
        return new ParameterSummary(name, mean, sd, q5, q50, q95, null, null, null, null, null);
    }
}
