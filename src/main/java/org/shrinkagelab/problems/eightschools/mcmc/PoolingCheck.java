package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.data.EightSchoolsData;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Complete pooling of the schools: the inverse-variance weighted mean with its standard error,
 * and the check of that model by simulation: if every school had the pooled effect, how often
 * would the smallest and largest of eight simulated estimates be as extreme as observed?
 */
public final class PoolingCheck {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private final double[] y;
    private final double[] sigma;
    private final double mean;
    private final double sd;

    /** Creates the check for the schools' estimates and standard errors. */
    public PoolingCheck(EightSchoolsData data) {
        this.y = data.effects();
        this.sigma = data.stderrs();
        this.mean = data.pooledMean();
        this.sd = data.pooledSd();
    }

    /** The inverse-variance weighted mean of the estimates. */
    public double pooledMean() {
        return mean;
    }

    /** The standard error of the pooled mean, 1 / sqrt(sum of 1/sigma^2). */
    public double pooledSd() {
        return sd;
    }

    /** The smallest observed estimate. */
    public double observedMin() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : y) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** The largest observed estimate. */
    public double observedMax() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Exact P(max of the simulated estimates <= m) under complete pooling: prod_j Phi((m - mu) / sigma_j). */
    public double maxCdf(double m) {
        double p = 1;
        for (double s : sigma) {
            p *= STANDARD.cumulativeProbability((m - mean) / s);
        }
        return p;
    }

    /** Exact P(min of the simulated estimates <= m) under complete pooling: 1 - prod_j (1 - Phi((m - mu) / sigma_j)). */
    public double minCdf(double m) {
        double q = 1;
        for (double s : sigma) {
            q *= STANDARD.cumulativeProbability(-(m - mean) / s);
        }
        return 1 - q;
    }

    /** Exact P(min <= observed min) under complete pooling. */
    public double exactMinTail() {
        return minCdf(observedMin());
    }

    /** Exact P(max >= observed max) under complete pooling. */
    public double exactMaxTail() {
        return 1 - maxCdf(observedMax());
    }

    /**
     * Simulates {@code replications} sets of estimates y_j ~ N(pooled mean, sigma_j^2), seeded, and
     * returns the minimum and maximum of each set with the simulated tail probabilities.
     */
    public Simulation simulate(int replications, long seed) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] minima = new double[replications];
        double[] maxima = new double[replications];
        double lo = observedMin();
        double hi = observedMax();
        int below = 0;
        int above = 0;
        for (int r = 0; r < replications; r++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double s : sigma) {
                double v = mean + s * normal.sample();
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            minima[r] = min;
            maxima[r] = max;
            if (min <= lo) {
                below++;
            }
            if (max >= hi) {
                above++;
            }
        }
        return new Simulation(minima, maxima, (double) below / replications, (double) above / replications);
    }

    /**
     * The simulated extremes under complete pooling.
     *
     * @param minima      the smallest estimate of each replication
     * @param maxima      the largest estimate of each replication
     * @param minTail     fraction of replications whose minimum is at most the observed minimum
     * @param maxTail     fraction of replications whose maximum is at least the observed maximum
     */
    public record Simulation(double[] minima, double[] maxima, double minTail, double maxTail) {
    }
}
