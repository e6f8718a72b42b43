package org.shrinkagelab.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Globally adaptive Gauss–Kronrod (7–15 point) quadrature of several integrands at once over a
 * finite interval, as QUADPACK's QAG: the interval with the largest error estimate is halved until
 * every component's summed error is within {@code relTol} of the integral of its absolute value
 * (so integrals that cancel to near zero do not demand impossible relative accuracy).
 */
public final class AdaptiveGaussKronrod {

    /** Several functions of one variable evaluated together: writes f_k(x) into {@code out[k]}. */
    @FunctionalInterface
    public interface VectorFunction {
        /** Evaluates every component at x into out. */
        void evaluate(double x, double[] out);
    }

    /**
     * The integrals, their error estimates and the final partition, whose Kronrod nodes and
     * weights form a fixed rule for further integrands of similar shape.
     *
     * @param values    the integrals, one per component
     * @param errors    the estimated absolute errors
     * @param nodes     the Kronrod nodes of every final subinterval
     * @param weights   the matching weights (sum of weight x f(node) is the integral)
     * @param intervals the number of final subintervals
     * @param converged whether every component met its tolerance before the interval limit
     */
    public record Result(double[] values, double[] errors, double[] nodes, double[] weights, int intervals,
                         boolean converged) {
    }

    // Kronrod 15-point nodes (positive half, descending) with Kronrod and Gauss 7-point weights (QUADPACK qk15).
    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000
    };
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714
    };
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327
    };
    private static final int MAX_INTERVALS = 5000;

    private AdaptiveGaussKronrod() {
    }

    private record Piece(double a, double b, double[] value, double[] abs, double[] error, double badness) {
    }

    /**
     * Integrates the {@code dimension} components of f over [a, b] to the relative tolerance.
     *
     * @param relTol wanted accuracy relative to the integral of each component's absolute value
     */
    public static Result integrate(VectorFunction f, int dimension, double a, double b, double relTol) {
        if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("integration interval must be finite with b > a, was [" + a + ", " + b + "]");
        }
        if (!(relTol > 0)) {
            throw new IllegalArgumentException("relative tolerance must be positive, was " + relTol);
        }
        double[] scratch = new double[dimension];
        double[] total = new double[dimension];
        double[] totalAbs = new double[dimension];
        double[] totalErr = new double[dimension];
        Piece first = piece(f, dimension, a, b, scratch, null);
        PriorityQueue<Piece> queue = new PriorityQueue<>((p, q) -> Double.compare(q.badness, p.badness));
        queue.add(first);
        add(total, totalAbs, totalErr, first, 1);
        boolean converged = false;
        while (queue.size() < MAX_INTERVALS) {
            if (withinTolerance(totalErr, totalAbs, relTol)) {
                converged = true;
                break;
            }
            Piece worst = queue.poll();
            double mid = 0.5 * (worst.a + worst.b);
            if (!(mid > worst.a && mid < worst.b)) {
                queue.add(worst);
                break;
            }
            add(total, totalAbs, totalErr, worst, -1);
            Piece left = piece(f, dimension, worst.a, mid, scratch, totalAbs);
            Piece right = piece(f, dimension, mid, worst.b, scratch, totalAbs);
            add(total, totalAbs, totalErr, left, 1);
            add(total, totalAbs, totalErr, right, 1);
            queue.add(left);
            queue.add(right);
        }
        if (!converged) {
            converged = withinTolerance(totalErr, totalAbs, relTol);
        }
        // Sum afresh from the final pieces: running sums accumulate rounding from the subtractions.
        java.util.Arrays.fill(total, 0);
        java.util.Arrays.fill(totalErr, 0);
        List<Piece> pieces = new ArrayList<>(queue);
        pieces.sort((p, q) -> Double.compare(p.a, q.a));
        double[] nodes = new double[pieces.size() * 15];
        double[] weights = new double[nodes.length];
        int n = 0;
        for (Piece p : pieces) {
            for (int k = 0; k < dimension; k++) {
                total[k] += p.value[k];
                totalErr[k] += p.error[k];
            }
            double c = 0.5 * (p.a + p.b);
            double h = 0.5 * (p.b - p.a);
            for (int j = 0; j < 7; j++) {
                nodes[n] = c - h * XGK[j];
                weights[n++] = h * WGK[j];
            }
            nodes[n] = c;
            weights[n++] = h * WGK[7];
            for (int j = 6; j >= 0; j--) {
                nodes[n] = c + h * XGK[j];
                weights[n++] = h * WGK[j];
            }
        }
        return new Result(total, totalErr, nodes, weights, pieces.size(), converged);
    }

    /** Integrates a single function over [a, b] to the relative tolerance; returns the integral. */
    public static double integrate(java.util.function.DoubleUnaryOperator f, double a, double b, double relTol) {
        return integrate((x, out) -> out[0] = f.applyAsDouble(x), 1, a, b, relTol).values()[0];
    }

    private static boolean withinTolerance(double[] err, double[] abs, double relTol) {
        for (int k = 0; k < err.length; k++) {
            if (err[k] > relTol * abs[k] && err[k] > 0) {
                return false;
            }
        }
        return true;
    }

    private static void add(double[] total, double[] totalAbs, double[] totalErr, Piece p, int sign) {
        for (int k = 0; k < total.length; k++) {
            total[k] += sign * p.value[k];
            totalAbs[k] += sign * p.abs[k];
            totalErr[k] += sign * p.error[k];
        }
    }

    private static Piece piece(VectorFunction f, int dimension, double a, double b, double[] fx,
                               double[] scale) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double[] kronrod = new double[dimension];
        double[] gauss = new double[dimension];
        double[] abs = new double[dimension];
        f.evaluate(c, fx);
        for (int k = 0; k < dimension; k++) {
            kronrod[k] = WGK[7] * fx[k];
            gauss[k] = WG[3] * fx[k];
            abs[k] = WGK[7] * Math.abs(fx[k]);
        }
        for (int j = 0; j < 7; j++) {
            double dx = h * XGK[j];
            for (int side = -1; side <= 1; side += 2) {
                f.evaluate(c + side * dx, fx);
                for (int k = 0; k < dimension; k++) {
                    kronrod[k] += WGK[j] * fx[k];
                    abs[k] += WGK[j] * Math.abs(fx[k]);
                    if (j % 2 == 1) {
                        gauss[k] += WG[j / 2] * fx[k];
                    }
                }
            }
        }
        double[] error = new double[dimension];
        double badness = 0;
        for (int k = 0; k < dimension; k++) {
            kronrod[k] *= h;
            abs[k] *= h;
            error[k] = Math.abs(kronrod[k] - h * gauss[k]);
            // Rank pieces by their error relative to the component's overall scale, so that no
            // component with a large integral hides the pieces another component still needs.
            double s = scale == null ? abs[k] : scale[k];
            badness = Math.max(badness, s > 0 ? error[k] / s : error[k]);
        }
        return new Piece(a, b, kronrod, abs, error, badness);
    }
}
