package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

/**
 * Monte Carlo standard errors by non-overlapping batch means (batch size about sqrt(n) per chain),
 * an estimator independent of the project's diagnostics, and assertions built on it.
 */
final class BatchMeans {
    private BatchMeans() {
    }

    /** Mean of f over all draws of all chains. */
    static double mean(double[][] chains, DoubleUnaryOperator f) {
        double sum = 0;
        long n = 0;
        for (double[] chain : chains) {
            for (double x : chain) {
                sum += f.applyAsDouble(x);
                n++;
            }
        }
        return sum / n;
    }

    /** Batch-means Monte Carlo standard error of the mean of f over all draws. */
    static double mcse(double[][] chains, DoubleUnaryOperator f) {
        int n = chains[0].length;
        int size = (int) Math.floor(Math.sqrt(n));
        int batches = n / size;
        double[] means = new double[batches * chains.length];
        int k = 0;
        for (double[] chain : chains) {
            for (int b = 0; b < batches; b++) {
                double s = 0;
                for (int i = b * size; i < (b + 1) * size; i++) {
                    s += f.applyAsDouble(chain[i]);
                }
                means[k++] = s / size;
            }
        }
        double m = 0;
        for (double x : means) {
            m += x;
        }
        m /= means.length;
        double ss = 0;
        for (double x : means) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (means.length - 1) / means.length);
    }

    /** Asserts that the mean of f over the draws is within 4 batch-means MCSE of the truth. */
    static void assertExpectation(String what, double[][] chains, DoubleUnaryOperator f, double truth) {
        double estimate = mean(chains, f);
        double se = mcse(chains, f);
        assertTrue(Math.abs(estimate - truth) <= 4 * se,
                what + ": estimate " + estimate + ", truth " + truth + ", 4 MCSE = " + 4 * se);
    }

    /**
     * Asserts mean, variance and the 5%, 50%, 95% quantiles of a normal margin with the given mean and
     * sd, each within 4 MCSE (quantiles through the fraction of draws below the true quantile).
     */
    static void assertNormalMargin(String name, double[][] chains, double mean, double sd) {
        assertExpectation(name + " mean", chains, x -> x, mean);
        assertExpectation(name + " variance", chains, x -> (x - mean) * (x - mean), sd * sd);
        double[] p = {0.05, 0.5, 0.95};
        double[] z = {-1.6448536269514722, 0, 1.6448536269514722};
        for (int i = 0; i < p.length; i++) {
            double quantile = mean + sd * z[i];
            assertExpectation(name + " P(x <= q" + p[i] + ")", chains, x -> x <= quantile ? 1 : 0, p[i]);
        }
    }
}
