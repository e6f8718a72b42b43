package org.shrinkagelab.problems.eightschools.exact;

import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Complete pooling and the classical test of it. With known standard errors, the one-way analysis
 * of variance reduces to the chi-square test of homogeneity: Q = sum_s (x_s - x_pooled)^2 / sigma_s^2,
 * with x_pooled the precision-weighted mean, is chi^2 with J - 1 degrees of freedom when all theta_s
 * are equal. The F statistic is Q / (J - 1) with (J - 1, infinity) degrees of freedom (the
 * within-school variances are known, not estimated), so it has the same p-value.
 *
 * @param pooledMean the precision-weighted mean sum(x_s / sigma_s^2) / sum(1 / sigma_s^2)
 * @param pooledSd   its standard error 1 / sqrt(sum(1 / sigma_s^2))
 * @param chiSquare  Q
 * @param df         J - 1
 * @param f          Q / (J - 1)
 * @param pValue     P(chi^2_{J-1} >= Q)
 */
public record HomogeneityTest(double pooledMean, double pooledSd, double chiSquare, int df, double f,
                              double pValue) {

    /** Pools the effects and tests homogeneity. */
    public static HomogeneityTest of(HierarchicalNormalModel model) {
        int j = model.schools();
        if (j < 2) {
            throw new IllegalArgumentException("the homogeneity test needs at least 2 schools, found " + j);
        }
        double precision = 0;
        double weighted = 0;
        for (int s = 0; s < j; s++) {
            precision += 1 / model.sigma2(s);
            weighted += model.effect(s) / model.sigma2(s);
        }
        double pooled = weighted / precision;
        double q = 0;
        for (int s = 0; s < j; s++) {
            double d = model.effect(s) - pooled;
            q += d * d / model.sigma2(s);
        }
        int df = j - 1;
        double p = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(q);
        return new HomogeneityTest(pooled, 1 / Math.sqrt(precision), q, df, q / df, p);
    }

    /** The test's outcome in one sentence, at the 5% level. */
    public String verdict() {
        String stats = String.format(Locale.ROOT, "(chi^2 = %.2f on %d df, F = %.3f, p = %.2f)", chiSquare, df, f,
                pValue);
        return pValue < 0.05
                ? "evidence against complete pooling " + stats
                : "no evidence against complete pooling " + stats;
    }
}
