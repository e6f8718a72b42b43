package org.shrinkagelab.stats;

/**
 * Equal-width bins over [lo, hi] and the counts of values falling in them; values outside are
 * left out (and counted in {@link #outside()}), the last bin includes hi.
 */
public record Histogram(double[] edges, long[] counts, long total, long outside) {

    /** Bins the values into {@code bins} equal bins over [lo, hi]. */
    public static Histogram of(double[] values, int bins, double lo, double hi) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        if (!(hi > lo)) {
            throw new IllegalArgumentException("histogram range must have hi > lo, was [" + lo + ", " + hi + "]");
        }
        double[] edges = new double[bins + 1];
        double width = (hi - lo) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo + i * width;
        }
        edges[bins] = hi;
        long[] counts = new long[bins];
        long outside = 0;
        for (double v : values) {
            if (!(v >= lo && v <= hi)) {
                outside++;
                continue;
            }
            int b = (int) ((v - lo) / width);
            counts[Math.min(b, bins - 1)]++;
        }
        return new Histogram(edges, counts, values.length, outside);
    }

    /** Bins the values over their own range. */
    public static Histogram of(double[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0;
            lo = c - 0.5;
            hi = c + 0.5;
        }
        return of(values, bins, lo, hi);
    }

    /** Count / (total x bin width): integrates to the fraction of values inside the range. */
    public double[] densities() {
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = total == 0 ? 0 : counts[i] / (total * (edges[i + 1] - edges[i]));
        }
        return d;
    }

    /** The counts as doubles, for plotting. */
    public double[] countsAsDouble() {
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = counts[i];
        }
        return d;
    }
}
