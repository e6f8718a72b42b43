package org.shrinkagelab.stats;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How a forest plot or table sums up a posterior: a point estimate (mean or median) and the central
 * interval holding {@code level} of the probability, from 50% to 99%. Intervals of draws are type-7
 * quantiles (R's default, as {@code posterior::summarise_draws}); those of a normal are mean ± z sd.
 *
 * @param level    the interval's probability, 0.50 to 0.99
 * @param estimate the point estimate
 */
public record PointInterval(double level, Estimate estimate) {
    /** The point estimate shown. */
    public enum Estimate {
        /** The posterior mean. */
        MEAN,
        /** The posterior median. */
        MEDIAN;

        /** The word used on screen: "mean" or "median". */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The narrowest interval offered. */
    public static final double MIN_LEVEL = 0.50;
    /** The widest interval offered. */
    public static final double MAX_LEVEL = 0.99;
    /** What the forests showed before the choice existed: the mean and the 90% interval. */
    public static final PointInterval DEFAULT = new PointInterval(0.90, Estimate.MEAN);

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** Refuses a level outside 50% to 99% (a wider one has too few draws in its tails to be estimated). */
    public PointInterval {
        if (!(level >= MIN_LEVEL - 1e-12 && level <= MAX_LEVEL + 1e-12)) {
            throw new IllegalArgumentException("interval width " + level + " is not allowed: expected 0.5 to 0.99");
        }
        if (estimate == null) {
            throw new IllegalArgumentException("no point estimate");
        }
    }

    /**
     * A point and its interval.
     *
     * @param point the mean or median
     * @param lower the (1 - level) / 2 quantile
     * @param upper the (1 + level) / 2 quantile
     */
    public record Summary(double point, double lower, double upper) {
    }

    /** The probability below the interval, (1 - level) / 2. */
    public double lowerProbability() {
        return (1 - level) / 2;
    }

    /** The probability below the interval's upper end, (1 + level) / 2. */
    public double upperProbability() {
        return (1 + level) / 2;
    }

    /** The half-width of the interval of a standard normal: z with P(|Z| &lt; z) = level. */
    public double z() {
        return STANDARD_NORMAL.inverseCumulativeProbability(upperProbability());
    }

    /** The point and interval of the draws (left unchanged); NaN for no draws. */
    public Summary of(double[] draws) {
        if (draws.length == 0) {
            return new Summary(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        double point = estimate == Estimate.MEDIAN ? quantileOfSorted(sorted, 0.5) : mean(sorted);
        return new Summary(point, quantileOfSorted(sorted, lowerProbability()),
                quantileOfSorted(sorted, upperProbability()));
    }

    /** The point and interval of a normal distribution (its mean and median coincide). */
    public Summary ofNormal(double mean, double sd) {
        double z = z();
        return new Summary(mean, mean - z * sd, mean + z * sd);
    }

    /** The interval as a percentage, e.g. "90%" or "66.7%". */
    public String percent() {
        double p = level * 100;
        return (Math.abs(p - Math.rint(p)) < 1e-9 ? String.valueOf((long) Math.rint(p))
                : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }

    /** What a figure states, e.g. "posterior median, 90% interval". */
    public String describe() {
        return "posterior " + estimate.word() + ", " + percent() + " interval";
    }

    /** The type-7 p-quantile of sorted values (R's and numpy's default). */
    public static double quantileOfSorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int k = (int) Math.floor(h);
        int k1 = Math.min(k + 1, sorted.length - 1);
        return sorted[k] + (h - k) * (sorted[k1] - sorted[k]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
