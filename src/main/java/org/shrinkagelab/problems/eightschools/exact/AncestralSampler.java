package org.shrinkagelab.problems.eightschools.exact;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Ancestral sampling from the grid posterior: tau^2 from the grid points with their left Riemann
 * masses, then mu | tau^2, X (normal), then each theta_s | mu, tau^2, x_s (normal). The same seed
 * gives the same draws.
 */
public final class AncestralSampler {
    private AncestralSampler() {
    }

    /**
     * The draws.
     *
     * @param tau   tau = sqrt(tau^2) of each draw
     * @param mu    mu of each draw
     * @param theta theta[s][d]: school s, draw d
     */
    public record Draws(double[] tau, double[] mu, double[][] theta) {
        /** The number of draws. */
        public int size() {
            return mu.length;
        }
    }

    /** Draws {@code count} joint samples of (tau, mu, theta) with a XO_RO_SHI_RO_128_PP generator seeded by {@code seed}. */
    public static Draws sample(HierarchicalNormalModel model, GridPosterior grid, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of draws must be positive, was " + count);
        }
        int n = grid.size();
        int j = model.schools();
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += grid.mass(i);
            cumulative[i] = sum;
        }
        // Guide table: guide[g] is the first index whose cumulative mass exceeds g/n of the total,
        // so a draw starts its search there and moves on a step or two on average.
        int[] guide = new int[n];
        for (int g = 0, i = 0; g < n; g++) {
            double u = sum * g / n;
            while (i < n - 1 && cumulative[i] <= u) {
                i++;
            }
            guide[g] = i;
        }
        // Per grid point and school: the weight of mu in theta's conditional mean and theta's conditional sd.
        double[] shrink = new double[n * j];
        double[] condSd = new double[n * j];
        double[] muSd = new double[n];
        for (int i = 0; i < n; i++) {
            double t = grid.tau2(i);
            muSd[i] = Math.sqrt(grid.muVariance(i));
            for (int s = 0; s < j; s++) {
                double sig2 = model.sigma2(s);
                shrink[i * j + s] = sig2 / (sig2 + t);
                condSd[i * j + s] = Math.sqrt(sig2 * t / (sig2 + t));
            }
        }
        double[] x = new double[j];
        for (int s = 0; s < j; s++) {
            x[s] = model.effect(s);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] tau = new double[count];
        double[] mu = new double[count];
        double[][] theta = new double[j][count];
        for (int d = 0; d < count; d++) {
            double u = rng.nextDouble();
            int i = guide[Math.min(n - 1, (int) (u * n))];
            double target = u * sum;
            while (i < n - 1 && cumulative[i] <= target) {
                i++;
            }
            tau[d] = grid.tau(i);
            double m = grid.muMean(i) + muSd[i] * gauss.sample();
            mu[d] = m;
            int base = i * j;
            for (int s = 0; s < j; s++) {
                double b = shrink[base + s];
                theta[s][d] = (1 - b) * x[s] + b * m + condSd[base + s] * gauss.sample();
            }
        }
        return new Draws(tau, mu, theta);
    }
}
