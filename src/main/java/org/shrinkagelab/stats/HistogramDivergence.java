package org.shrinkagelab.stats;

/**
 * The histogram estimate of D(p || q) for 2-D samples exactly as the course defines it: both
 * samples binned on the same bins x bins grid spanning the range of both samples in each
 * dimension, each turned into a density histogram (count / (n * bin area)), epsilon added to
 * every bin of both densities, and D = sum over bins of p ln(p / q) * bin area.
 */
public final class HistogramDivergence {
    /** What the course adds to every bin's density so that empty bins give finite logs. */
    public static final double EPSILON = 1e-10;

    private HistogramDivergence() {
    }

    /**
     * The estimate and where it comes from.
     *
     * @param estimate              the histogram estimate of D(p || q) in nats
     * @param pShareWithoutQ        share of the p-samples lying in bins that hold no q-sample
     * @param contributionWithoutQ  the part of the estimate contributed by those bins
     * @param binArea               the area of one bin
     */
    public record Result(double estimate, double pShareWithoutQ, double contributionWithoutQ, double binArea) {
    }

    /** The estimate from the first n rows of fromP and the first m rows of fromQ on bins x bins bins. */
    public static Result estimate(double[][] fromP, int n, double[][] fromQ, int m, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        extend(fromP, n, lo, hi);
        extend(fromQ, m, lo, hi);
        if (!(hi[0] > lo[0]) || !(hi[1] > lo[1])) {
            throw new IllegalArgumentException("the samples span no area; the histogram needs a range in both dimensions");
        }
        double area = (hi[0] - lo[0]) / bins * (hi[1] - lo[1]) / bins;
        long[] countP = count(fromP, n, lo, hi, bins);
        long[] countQ = count(fromQ, m, lo, hi, bins);
        double total = 0;
        double withoutQ = 0;
        long pWithoutQ = 0;
        for (int b = 0; b < countP.length; b++) {
            double p = countP[b] / (n * area) + EPSILON;
            double q = countQ[b] / (m * area) + EPSILON;
            double term = p * Math.log(p / q) * area;
            total += term;
            if (countQ[b] == 0) {
                withoutQ += term;
                pWithoutQ += countP[b];
            }
        }
        return new Result(total, (double) pWithoutQ / n, withoutQ, area);
    }

    private static void extend(double[][] points, int n, double[] lo, double[] hi) {
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 2; a++) {
                lo[a] = Math.min(lo[a], points[i][a]);
                hi[a] = Math.max(hi[a], points[i][a]);
            }
        }
    }

    /** Counts per bin, row-major; the upper edge belongs to the last bin as in numpy.histogram2d. */
    private static long[] count(double[][] points, int n, double[] lo, double[] hi, int bins) {
        long[] counts = new long[bins * bins];
        for (int i = 0; i < n; i++) {
            int bx = bin(points[i][0], lo[0], hi[0], bins);
            int by = bin(points[i][1], lo[1], hi[1], bins);
            counts[bx * bins + by]++;
        }
        return counts;
    }

    private static int bin(double v, double lo, double hi, int bins) {
        return Math.min((int) ((v - lo) / (hi - lo) * bins), bins - 1);
    }
}
