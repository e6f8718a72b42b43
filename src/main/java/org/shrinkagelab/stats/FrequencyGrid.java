package org.shrinkagelab.stats;

/**
 * Evenly spaced frequencies {@code start + j * step}, j = 0 .. size-1 (cycles per unit of time):
 * the grid of a periodogram, which the fast trig recurrence of {@link LombScargle} needs.
 *
 * @param start the first frequency
 * @param step  the spacing (positive unless size is 1)
 * @param size  the number of frequencies
 */
public record FrequencyGrid(double start, double step, int size) {

    /** Checks the grid is usable: finite, at least one frequency, increasing. */
    public FrequencyGrid {
        if (size < 1 || !Double.isFinite(start) || !Double.isFinite(step) || (size > 1 && !(step > 0))) {
            throw new IllegalArgumentException("a frequency grid needs at least one frequency and a positive step");
        }
    }

    /**
     * astropy's {@code LombScargle.autofrequency}: step 1/(baseline samplesPerPeak), start half a step
     * unless given, end nyquistFactor times the average Nyquist frequency 0.5 N / baseline unless given.
     *
     * @param minimum the first frequency, or NaN for half a step
     * @param maximum the last frequency wanted, or NaN for the Nyquist rule
     */
    public static FrequencyGrid auto(double[] t, double samplesPerPeak, double nyquistFactor,
                                     double minimum, double maximum) {
        double baseline = max(t) - min(t);
        double df = 1.0 / baseline / samplesPerPeak;
        double fmin = Double.isNaN(minimum) ? 0.5 * df : minimum;
        double fmax = Double.isNaN(maximum) ? nyquistFactor * 0.5 * t.length / baseline : maximum;
        // numpy rounds half to even; Math.rint does the same
        int n = 1 + (int) Math.rint((fmax - fmin) / df);
        if (n < 1) {
            throw new IllegalArgumentException("the maximum frequency " + fmax + " is below the minimum " + fmin);
        }
        return new FrequencyGrid(fmin, df, n);
    }

    /** numpy's {@code linspace(first, last, n)}: n frequencies from first to last inclusive. */
    public static FrequencyGrid linspace(double first, double last, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of frequencies must be at least 1, was " + n);
        }
        if (n > 1 && !(last > first)) {
            throw new IllegalArgumentException("the maximum frequency " + last + " must exceed the minimum " + first);
        }
        return new FrequencyGrid(first, n == 1 ? 0 : (last - first) / (n - 1), n);
    }

    /** The j-th frequency. */
    public double frequency(int j) {
        return start + j * step;
    }

    /** The last frequency. */
    public double last() {
        return frequency(size - 1);
    }

    /** Every frequency as an array. */
    public double[] values() {
        double[] f = new double[size];
        for (int j = 0; j < size; j++) {
            f[j] = frequency(j);
        }
        return f;
    }

    static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
