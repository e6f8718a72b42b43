package org.shrinkagelab.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Mean, standard deviation and quantiles of weighted draws (importance samples). */
public final class WeightedSample {
    private final double[] sortedValues;
    private final double[] cumulative;
    private final double mean;
    private final double sd;

    /** Summarizes the values with the given non-negative weights (not necessarily normalized). */
    public WeightedSample(double[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("need as many weights as values, and at least one: "
                    + values.length + " values, " + weights.length + " weights");
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        sortedValues = new double[values.length];
        cumulative = new double[values.length];
        double total = 0;
        double m = 0;
        for (int r = 0; r < order.length; r++) {
            double w = weights[order[r]];
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weight " + order[r] + " is " + w + "; weights must be >= 0");
            }
            sortedValues[r] = values[order[r]];
            total += w;
            cumulative[r] = total;
            m += w * sortedValues[r];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the weights sum to 0");
        }
        mean = m / total;
        double v = 0;
        for (int r = 0; r < order.length; r++) {
            double w = cumulative[r] - (r == 0 ? 0 : cumulative[r - 1]);
            double d = sortedValues[r] - mean;
            v += w * d * d;
        }
        sd = Math.sqrt(v / total);
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= total;
        }
    }

    /** The weighted mean. */
    public double mean() {
        return mean;
    }

    /** The weighted standard deviation (weights as probabilities, no small-sample correction). */
    public double sd() {
        return sd;
    }

    /** The smallest value whose cumulative weight reaches p (the inverse of the weighted CDF). */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile level must be from 0 to 1, was " + p);
        }
        int idx = Arrays.binarySearch(cumulative, p);
        if (idx < 0) {
            idx = -idx - 1;
        }
        // zero weights repeat a cumulative value, and binarySearch may land on any of the repeats
        while (idx > 0 && cumulative[idx - 1] >= p) {
            idx--;
        }
        return sortedValues[Math.min(idx, sortedValues.length - 1)];
    }
}
