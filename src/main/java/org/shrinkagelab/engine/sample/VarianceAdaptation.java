package org.shrinkagelab.engine.sample;

import java.util.Arrays;

/**
 * Stan's windowed estimation of a diagonal inverse metric during warmup: a fast initial buffer,
 * doubling slow windows whose draws estimate the variances, and a terminal buffer; each window's
 * estimate is regularized towards 1e-3 as (n/(n+5)) var + 1e-3 (5/(n+5)).
 */
final class VarianceAdaptation {
    /** Stan's default initial fast buffer. */
    static final int INIT_BUFFER = 75;
    /** Stan's default terminal fast buffer. */
    static final int TERM_BUFFER = 50;
    /** Stan's default first slow window. */
    static final int BASE_WINDOW = 25;

    private final int dimension;
    private int numWarmup;
    private int initBuffer;
    private int termBuffer;
    private int baseWindow;
    private int windowCounter;
    private int windowSize;
    private int nextWindow;
    private long n;
    private final double[] mean;
    private final double[] m2;

    VarianceAdaptation(int dimension) {
        this.dimension = dimension;
        this.mean = new double[dimension];
        this.m2 = new double[dimension];
    }

    /** Lays the windows out over {@code warmup} iterations as Stan does (15/75/10 % when they do not fit). */
    void setWarmup(int warmup) {
        if (warmup < 20) {
            // Too short to estimate anything: no window ever opens.
            numWarmup = 0;
            initBuffer = 0;
            termBuffer = 0;
            baseWindow = 0;
        } else if (INIT_BUFFER + BASE_WINDOW + TERM_BUFFER > warmup) {
            numWarmup = warmup;
            initBuffer = (int) (0.15 * warmup);
            termBuffer = (int) (0.1 * warmup);
            baseWindow = warmup - (initBuffer + termBuffer);
        } else {
            numWarmup = warmup;
            initBuffer = INIT_BUFFER;
            termBuffer = TERM_BUFFER;
            baseWindow = BASE_WINDOW;
        }
        windowCounter = 0;
        windowSize = baseWindow;
        nextWindow = initBuffer + windowSize - 1;
        resetEstimator();
    }

    /**
     * Records the position of one warmup iteration; at the end of a slow window writes the new
     * inverse metric into {@code inverseMetric} and returns true.
     */
    boolean learn(double[] q, double[] inverseMetric) {
        if (inWindow()) {
            add(q);
        }
        if (windowCounter == nextWindow && windowCounter != numWarmup) {
            computeNextWindow();
            double count = n;
            for (int i = 0; i < dimension; i++) {
                double var = m2[i] / (count - 1);
                inverseMetric[i] = (count / (count + 5)) * var + 1e-3 * (5 / (count + 5));
                if (!Double.isFinite(inverseMetric[i])) {
                    throw new IllegalStateException("metric adaptation produced a non-finite variance for coordinate "
                            + (i + 1));
                }
            }
            resetEstimator();
            windowCounter++;
            return true;
        }
        windowCounter++;
        return false;
    }

    private boolean inWindow() {
        return windowCounter >= initBuffer && windowCounter < numWarmup - termBuffer && windowCounter != numWarmup;
    }

    private void computeNextWindow() {
        int last = numWarmup - termBuffer - 1;
        if (nextWindow == last) {
            return;
        }
        windowSize *= 2;
        nextWindow = windowCounter + windowSize;
        if (nextWindow != last && nextWindow + 2 * windowSize >= numWarmup - termBuffer) {
            // The window after next would not fit: stretch this one to the terminal buffer.
            nextWindow = last;
        }
    }

    private void add(double[] q) {
        n++;
        for (int i = 0; i < dimension; i++) {
            double d = q[i] - mean[i];
            mean[i] += d / n;
            m2[i] += d * (q[i] - mean[i]);
        }
    }

    private void resetEstimator() {
        n = 0;
        Arrays.fill(mean, 0);
        Arrays.fill(m2, 0);
    }
}
