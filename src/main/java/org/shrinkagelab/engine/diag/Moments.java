package org.shrinkagelab.engine.diag;

/** Means, variances, quantiles and checks over draws, computed as R computes them. */
final class Moments {
    private Moments() {
    }

    /** The mean, with R's second pass so that constant input gives its value exactly. */
    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        double m = s / v.length;
        double r = 0;
        for (double d : v) {
            r += d - m;
        }
        return m + r / v.length;
    }

    /** The mean over all chains; NaN without chains. */
    static double mean(double[][] x) {
        return x.length == 0 ? Double.NaN : mean(pooled(x));
    }

    /** Sample variance (denominator n - 1), NaN for fewer than two values. */
    static double variance(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return s / (v.length - 1);
    }

    /** R's type-7 quantile of sorted values, interpolating as (1 - h) * lo + h * hi. */
    static double sortedQuantile(double[] sorted, double prob) {
        int n = sorted.length;
        double index = 1 + (n - 1) * prob;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double q = sorted[lo - 1];
        if (index > lo && sorted[hi - 1] != q) {
            double h = index - lo;
            q = (1 - h) * q + h * sorted[hi - 1];
        }
        return q;
    }

    /** posterior's should_return_NA: any non-finite value, or all values within machine epsilon. */
    static boolean shouldReturnNa(double[][] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] chain : x) {
            for (double v : chain) {
                min = Math.min(min, v); // a NaN makes both NaN, an infinity one of them infinite
                max = Math.max(max, v);
            }
        }
        if (count(x) == 0) {
            return false;
        }
        return !Double.isFinite(min) || !Double.isFinite(max) || Math.abs(max - min) < Math.ulp(1.0);
    }

    /**
     * The power of two to divide draws by so that squares and fourth powers of their spread stay finite
     * (draws near 1e307) and do not underflow (draws near 1e-300): 0 when they already fit. Dividing by a
     * power of two is exact, so the scaled summary is the unscaled one, only computable.
     */
    static int safeScaleExponent(double[][] x) {
        double max = 0;
        for (double[] chain : x) {
            for (double v : chain) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        if (max == 0 || (max < SAFE_MAX && max > SAFE_MIN)) {
            return 0;
        }
        return Math.getExponent(max);
    }

    private static final double SAFE_MAX = 1e60;
    private static final double SAFE_MIN = 1e-60;

    /** Each draw times 2^exponent (exact), as new arrays. */
    static double[][] scalb(double[][] x, int exponent) {
        double[][] out = new double[x.length][];
        for (int c = 0; c < x.length; c++) {
            out[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++) {
                out[c][i] = Math.scalb(x[c][i], exponent);
            }
        }
        return out;
    }

    /** A summary of draws divided by 2^exponent, turned back into the summary of the draws themselves. */
    static ParameterSummary unscaled(ParameterSummary s, int exponent) {
        return new ParameterSummary(s.name(), scalb(s.mean(), exponent), scalb(s.sd(), exponent),
                scalb(s.q5(), exponent), scalb(s.q50(), exponent), scalb(s.q95(), exponent),
                scalb(s.mcseMean(), exponent), scalb(s.mcseSd(), exponent), s.essBulk(), s.essTail(), s.rHat());
    }

    private static Double scalb(Double v, int exponent) {
        return v == null ? null : Math.scalb(v, exponent);
    }

    /** The draws of all chains in one array, chain after chain. */
    static double[] pooled(double[][] x) {
        double[] all = new double[count(x)];
        int k = 0;
        for (double[] chain : x) {
            System.arraycopy(chain, 0, all, k, chain.length);
            k += chain.length;
        }
        return all;
    }

    /** Pooled values (chain after chain) cut back into chains of the given chains' lengths. */
    static double[][] unpooled(double[] pooledValues, double[][] shape) {
        double[][] out = new double[shape.length][];
        int k = 0;
        for (int c = 0; c < shape.length; c++) {
            out[c] = java.util.Arrays.copyOfRange(pooledValues, k, k + shape[c].length);
            k += shape[c].length;
        }
        return out;
    }

    /** The number of draws over all chains. */
    static int count(double[][] x) {
        int n = 0;
        for (double[] chain : x) {
            n += chain.length;
        }
        return n;
    }
}
