package org.shrinkagelab.problems.dyson;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.shrinkagelab.data.LightCurve;

/**
 * The weighted least-squares sinusoid at a fixed frequency, y = m + a cos(2 pi f (t - t0)) + b sin(2 pi f (t - t0))
 * with weights 1/dy^2 (the model the floating-mean periodogram fits at each frequency), and the phase
 * folding that shows it: what a click on a periodogram peak displays.
 *
 * @param frequency the frequency, per day
 * @param reference the reference time t0, days
 * @param mean      m
 * @param a         the cosine coefficient
 * @param b         the sine coefficient
 */
public record SinusoidFit(double frequency, double reference, double mean, double a, double b) {

    /** Fits the curve at frequency f with times referenced to t0. */
    public static SinusoidFit of(LightCurve curve, double f, double t0) {
        double[][] xtx = new double[3][3];
        double[] xty = new double[3];
        double[] t = curve.time();
        double[] y = curve.flux();
        for (int i = 0; i < t.length; i++) {
            double w = curve.fluxError() == null ? 1 : 1 / (curve.fluxError()[i] * curve.fluxError()[i]);
            double arg = 2 * Math.PI * f * (t[i] - t0);
            double[] x = {1, Math.cos(arg), Math.sin(arg)};
            for (int r = 0; r < 3; r++) {
                xty[r] += w * x[r] * y[i];
                for (int c = r; c < 3; c++) {
                    xtx[r][c] += w * x[r] * x[c];
                }
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < r; c++) {
                xtx[r][c] = xtx[c][r];
            }
        }
        RealVector beta = new CholeskyDecomposition(new Array2DRowRealMatrix(xtx, false))
                .getSolver().solve(new ArrayRealVector(xty, false));
        return new SinusoidFit(f, t0, beta.getEntry(0), beta.getEntry(1), beta.getEntry(2));
    }

    /** The amplitude sqrt(a^2 + b^2). */
    public double amplitude() {
        return Math.hypot(a, b);
    }

    /** The fitted value at time t. */
    public double value(double t) {
        double arg = 2 * Math.PI * frequency * (t - reference);
        return mean + a * Math.cos(arg) + b * Math.sin(arg);
    }

    /** The phase of time t in cycles, in [0, 1): the fractional part of f (t - t0). */
    public double foldedPhase(double t) {
        double cycles = frequency * (t - reference);
        return cycles - Math.floor(cycles);
    }

    /** The fitted value at a phase in cycles (the folded curve). */
    public double valueAtPhase(double cycles) {
        return value(reference + cycles / frequency);
    }
}
