package org.shrinkagelab.engine.diag;

import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-place radix-2 complex FFT on primitive arrays, unnormalized in both directions, with the twiddle
 * factors of each length computed once (the diagnostics transform many chains of the same length).
 */
final class Fft {
    private static final ConcurrentHashMap<Integer, double[][]> TWIDDLES = new ConcurrentHashMap<>();

    private Fft() {
    }

    /** The smallest power of two that is at least n (and at least 1). */
    static int powerOfTwoAtLeast(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    /** Transforms (re, im) in place: sum_j x_j exp(-2 pi i jk/m), or with +i for the inverse; m a power of two. */
    static void transform(double[] re, double[] im, boolean inverse) {
        int m = re.length;
        if (Integer.bitCount(m) != 1 || im.length != m) {
            throw new IllegalArgumentException("FFT length " + m + " is not a power of two");
        }
        for (int i = 1, j = 0; i < m; i++) {
            int bit = m >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double[][] w = twiddles(m);
        double[] cos = w[0];
        double[] sin = w[1];
        double sign = inverse ? 1 : -1;
        for (int len = 2; len <= m; len <<= 1) {
            int half = len >> 1;
            int step = m / len;
            // block by block, so each stage streams through the arrays once (cache-friendly at any length)
            for (int start = 0; start < m; start += len) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sign * sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    private static double[][] twiddles(int m) {
        return TWIDDLES.computeIfAbsent(m, size -> {
            int half = Math.max(1, size / 2);
            double[] cos = new double[half];
            double[] sin = new double[half];
            for (int k = 0; k < half; k++) {
                double angle = 2 * Math.PI * k / size;
                cos[k] = Math.cos(angle);
                sin[k] = Math.sin(angle);
            }
            return new double[][] {cos, sin};
        });
    }
}
