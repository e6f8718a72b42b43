package org.shrinkagelab.problems.eightschools.mcmc;

/**
 * Estimated effects y_j with known standard errors sigma_j, one per school (BDA3 section 5.5 for the
 * eight schools), and the complete-pooling estimate.
 */
public record EightSchoolsData(double[] y, double[] sigma) {

    /** Validates: same non-zero length, finite effects, finite positive standard errors. */
    public EightSchoolsData {
        if (y.length == 0 || y.length != sigma.length) {
            throw new IllegalArgumentException("need the same positive number of effects and standard errors, got "
                    + y.length + " and " + sigma.length);
        }
        for (int j = 0; j < y.length; j++) {
            if (!Double.isFinite(y[j])) {
                throw new IllegalArgumentException("effect of school " + (j + 1) + " must be finite, was " + y[j]);
            }
            if (!(sigma[j] > 0) || !Double.isFinite(sigma[j])) {
                throw new IllegalArgumentException("standard error of school " + (j + 1)
                        + " must be finite and > 0, was " + sigma[j]);
            }
        }
        y = y.clone();
        sigma = sigma.clone();
    }

    /** The eight schools of Rubin (1981) as in BDA3 Table 5.2. */
    public static EightSchoolsData standard() {
        return new EightSchoolsData(new double[] {28, 8, -3, 7, -1, 1, 18, 12},
                new double[] {15, 10, 16, 11, 9, 11, 10, 18});
    }

    /** Number of schools. */
    public int size() {
        return y.length;
    }

    /** The effects (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The standard errors (a copy). */
    @Override
    public double[] sigma() {
        return sigma.clone();
    }

    /** Complete-pooling estimate: the inverse-variance weighted mean of the effects (7.69 for the eight schools). */
    public double pooledMean() {
        double num = 0;
        double den = 0;
        for (int j = 0; j < y.length; j++) {
            double w = 1 / (sigma[j] * sigma[j]);
            num += w * y[j];
            den += w;
        }
        return num / den;
    }

    /** Standard error of the pooled mean, 1 / sqrt(sum 1/sigma_j^2) (4.07 for the eight schools). */
    public double pooledSd() {
        double den = 0;
        for (double s : sigma) {
            den += 1 / (s * s);
        }
        return 1 / Math.sqrt(den);
    }
}
