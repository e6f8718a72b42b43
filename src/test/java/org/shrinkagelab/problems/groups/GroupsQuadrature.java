package org.shrinkagelab.problems.groups;

import org.shrinkagelab.data.GroupsData;
import org.shrinkagelab.stats.AdaptiveQuadrature;
import org.shrinkagelab.stats.GaussianGroupMeans;

/**
 * The exact posterior moments of the groups model, independent of the sampler and of the model builder:
 * given (tau, sigma) the group means are sufficient and conjugate (GaussianGroupMeans integrates mu and the
 * alpha_j out in closed form), and the two scales are integrated by nested adaptive quadrature.
 */
final class GroupsQuadrature {
    /** E[x] and E[x^2] of mu, tau, sigma, alpha[1..J]: index 0 the normalizer, then pairs. */
    private final double[] moments;
    private final int groups;

    GroupsQuadrature(GroupsData data) {
        groups = data.groups();
        double[][] byGroup = data.byGroup();
        double[] means = new double[groups];
        double[] counts = new double[groups];
        double within = 0;
        double withinDf = 0;
        for (int j = 0; j < groups; j++) {
            counts[j] = byGroup[j].length;
            for (double v : byGroup[j]) {
                means[j] += v / counts[j];
            }
            for (double v : byGroup[j]) {
                within += (v - means[j]) * (v - means[j]);
            }
            withinDf += counts[j] - 1;
        }
        double ss = within;
        double df = withinDf;
        int dim = 1 + 2 * (3 + groups);
        double shift = logPosterior(means, counts, ss, df, 0.5, 2);
        AdaptiveQuadrature.VectorFunction overSigma = (sigma, outer) -> {
            AdaptiveQuadrature.VectorFunction overTau = (tau, out) -> {
                double[] v = new double[groups];
                for (int j = 0; j < groups; j++) {
                    v[j] = sigma * sigma / counts[j];
                }
                GaussianGroupMeans.Posterior p = GaussianGroupMeans.at(means, v, tau, 0, 5);
                double w = Math.exp(logPosterior(p.logMarginal(), ss, df, tau, sigma) - shift);
                out[0] = w;
                put(out, 0, w, p.muMean(), p.muVar());
                put(out, 1, w, tau, 0);
                put(out, 2, w, sigma, 0);
                for (int j = 0; j < groups; j++) {
                    put(out, 3 + j, w, p.groupMean()[j], p.groupVar()[j]);
                }
            };
            System.arraycopy(AdaptiveQuadrature.integrate(overTau, dim, 0, 25, 1e-9).values(), 0, outer, 0, dim);
        };
        moments = AdaptiveQuadrature.integrate(overSigma, dim, 0.2, 12, 1e-9).values();
    }

    private double logPosterior(double[] means, double[] counts, double ss, double df, double tau, double sigma) {
        double[] v = new double[groups];
        for (int j = 0; j < groups; j++) {
            v[j] = sigma * sigma / counts[j];
        }
        return logPosterior(GaussianGroupMeans.at(means, v, tau, 0, 5).logMarginal(), ss, df, tau, sigma);
    }

    /** log p(tau, sigma | y) up to a constant: half-normal(5) priors, the group means' marginal, the within-group sum of squares. */
    private static double logPosterior(double logMarginalOfMeans, double ss, double df, double tau, double sigma) {
        return -tau * tau / 50 - sigma * sigma / 50 + logMarginalOfMeans - df * Math.log(sigma) - ss / (2 * sigma * sigma);
    }

    private static void put(double[] out, int k, double w, double mean, double variance) {
        out[1 + 2 * k] = w * mean;
        out[2 + 2 * k] = w * (variance + mean * mean);
    }

    /** The posterior mean of output k (0 mu, 1 tau, 2 sigma, 3 + j alpha[j + 1]). */
    double mean(int k) {
        return moments[1 + 2 * k] / moments[0];
    }

    /** The posterior sd of output k. */
    double sd(int k) {
        double m = mean(k);
        return Math.sqrt(moments[2 + 2 * k] / moments[0] - m * m);
    }
}
