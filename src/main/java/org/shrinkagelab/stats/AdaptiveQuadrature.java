package org.shrinkagelab.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss-Kronrod (7-point Gauss, 15-point Kronrod, as QUADPACK's QAG) on a finite
 * interval, of one integrand or of several at once: start from the given panels, bisect the panel
 * with the largest |K15 - G7| until, for every integrand, the sum of those differences is below
 * relTol times the integral of its absolute value (|integral| for a nonnegative integrand; integrals
 * that cancel to near zero then do not demand impossible accuracy). |K15 - G7| overestimates the
 * error of K15 for smooth integrands, so the result is usually far more accurate than asked.
 */
public final class AdaptiveQuadrature {
    /** Kronrod abscissae on [-1, 1], positive half, descending; odd indices are the Gauss points. */
    private static final double[] XGK = {0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788, 0.586087235467691130294144845693013,
        0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0};
    private static final double[] WGK = {0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
        0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    /** Gauss weights for XGK[1], XGK[3], XGK[5], XGK[7]. */
    private static final double[] WG = {0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
    private static final int DEFAULT_PANELS = 16;
    private static final int DEFAULT_MAX_PANELS = 10000;

    /** Several functions of one variable evaluated together: writes f_k(x) into {@code out[k]}. */
    @FunctionalInterface
    public interface VectorFunction {
        /** Evaluates every component at x into out. */
        void evaluate(double x, double[] out);
    }

    /**
     * The integrals of every component with their estimated absolute errors, and the final panels
     * [breaks[k], breaks[k+1]], whose 15 Kronrod nodes each (node i of panel k at index 15 k + i) and
     * weights form a fixed rule for further integrands of similar shape.
     *
     * @param converged whether every component met its tolerance before the panel limit
     */
    public record Integrals(double[] values, double[] errors, double[] breaks, double[] nodes, double[] weights,
                            boolean converged) {
    }

    private AdaptiveQuadrature() {
    }

    /** The integral of f over [a, b] to relative tolerance relTol (at most 10000 panels). */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relTol) {
        return rule(f, a, b, DEFAULT_PANELS, relTol, DEFAULT_MAX_PANELS).integrate(f);
    }

    /**
     * The integrals of the {@code dimension} components of f over [a, b], each to relative tolerance
     * relTol (from 16 equal panels, at most 10000).
     */
    public static Integrals integrate(VectorFunction f, int dimension, double a, double b, double relTol) {
        return adapt(f, dimension, equalBreaks(a, b, DEFAULT_PANELS), relTol, DEFAULT_MAX_PANELS);
    }

    /** The 15-point Kronrod estimate of the integral of f over [a, b] (one panel, no adaptation). */
    public static double kronrod(DoubleUnaryOperator f, double a, double b) {
        return Panel.of(scalar(f), 1, a, b).value[0];
    }

    /**
     * The composite rule adapted to f on [a, b]: starts from {@code initialPanels} equal panels and
     * bisects until the estimated error is below relTol times the integral of |f| or {@code maxPanels}
     * is reached.
     */
    public static QuadratureRule rule(DoubleUnaryOperator f, double a, double b, int initialPanels, double relTol,
            int maxPanels) {
        return rule(f, equalBreaks(a, b, initialPanels), relTol, maxPanels);
    }

    /**
     * The composite rule adapted to f, starting from the panels between consecutive {@code breaks}
     * (strictly increasing, finite; placing breaks around a narrow peak makes sure it is seen).
     */
    public static QuadratureRule rule(DoubleUnaryOperator f, double[] breaks, double relTol, int maxPanels) {
        Integrals r = adapt(scalar(f), 1, breaks, relTol, maxPanels);
        return new QuadratureRule(r.breaks, r.nodes, r.weights, r.errors[0]);
    }

    private static VectorFunction scalar(DoubleUnaryOperator f) {
        return (x, out) -> out[0] = f.applyAsDouble(x);
    }

    private static double[] equalBreaks(double a, double b, int panels) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && b > a)) {
            throw new IllegalArgumentException("quadrature needs a finite interval with b > a, was [" + a + ", " + b + "]");
        }
        if (panels < 1) {
            throw new IllegalArgumentException("need at least one initial panel, was " + panels);
        }
        double[] breaks = new double[panels + 1];
        for (int k = 0; k <= panels; k++) {
            breaks[k] = k == panels ? b : a + (b - a) * k / panels;
            if (k > 0 && !(breaks[k] > breaks[k - 1])) {
                // [a, b] is only a few ulps wide (a CDF evaluated just past its lower end): one panel
                return new double[] {a, b};
            }
        }
        return breaks;
    }

    /** The bisection loop shared by every entry point. */
    private static Integrals adapt(VectorFunction f, int dimension, double[] breaks, double relTol, int maxPanels) {
        int initialPanels = breaks.length - 1;
        if (initialPanels < 1 || maxPanels < initialPanels) {
            throw new IllegalArgumentException("need 1 <= initial panels <= maxPanels, were " + initialPanels + ", "
                    + maxPanels);
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("need at least one integrand, was dimension " + dimension);
        }
        if (!(relTol > 0)) {
            throw new IllegalArgumentException("relative tolerance must be positive, was " + relTol);
        }
        for (int k = 0; k < initialPanels; k++) {
            if (!(breaks[k] < breaks[k + 1]) || !Double.isFinite(breaks[k]) || !Double.isFinite(breaks[k + 1])) {
                throw new IllegalArgumentException("quadrature breaks must be finite and strictly increasing, were "
                        + breaks[k] + " then " + breaks[k + 1]);
            }
        }
        double[] abs = new double[dimension];
        double[] error = new double[dimension];
        Panel[] initial = new Panel[initialPanels];
        for (int k = 0; k < initialPanels; k++) {
            initial[k] = Panel.of(f, dimension, breaks[k], breaks[k + 1]);
            add(abs, initial[k].abs);
            add(error, initial[k].error);
        }
        // Rank panels by error relative to each component's scale, so that a component with a large
        // integral does not hide the panels another one still needs; a fixed scale keeps the order stable.
        double[] scale = abs.clone();
        PriorityQueue<Panel> queue = new PriorityQueue<>(
                Comparator.comparingDouble((Panel p) -> p.badness(scale)).reversed());
        queue.addAll(List.of(initial));
        while (queue.size() < maxPanels && !withinTolerance(error, abs, relTol)) {
            Panel worst = queue.poll();
            double mid = 0.5 * (worst.lo + worst.hi);
            if (!(mid > worst.lo && mid < worst.hi)) {
                queue.add(worst);
                break;
            }
            Panel left = Panel.of(f, dimension, worst.lo, mid);
            Panel right = Panel.of(f, dimension, mid, worst.hi);
            for (int k = 0; k < dimension; k++) {
                abs[k] += left.abs[k] + right.abs[k] - worst.abs[k];
                error[k] += left.error[k] + right.error[k] - worst.error[k];
            }
            queue.add(left);
            queue.add(right);
        }
        boolean converged = withinTolerance(error, abs, relTol);
        Panel[] panels = queue.toArray(new Panel[0]);
        Arrays.sort(panels, Comparator.comparingDouble(p -> p.lo));
        int n = panels.length;
        double[] finalBreaks = new double[n + 1];
        double[] nodes = new double[n * QuadratureRule.NODES_PER_PANEL];
        double[] weights = new double[nodes.length];
        // Sum afresh from the final panels: the running sums carry rounding from the subtractions.
        double[] values = new double[dimension];
        double[] errors = new double[dimension];
        for (int k = 0; k < n; k++) {
            finalBreaks[k] = panels[k].lo;
            add(values, panels[k].value);
            add(errors, panels[k].error);
            fillNodes(panels[k].lo, panels[k].hi, nodes, weights, k * QuadratureRule.NODES_PER_PANEL);
        }
        finalBreaks[n] = breaks[initialPanels];
        return new Integrals(values, errors, finalBreaks, nodes, weights, converged);
    }

    private static void add(double[] sums, double[] terms) {
        for (int k = 0; k < sums.length; k++) {
            sums[k] += terms[k];
        }
    }

    private static boolean withinTolerance(double[] error, double[] abs, double relTol) {
        for (int k = 0; k < error.length; k++) {
            if (!(error[k] <= relTol * abs[k])) {
                return false;
            }
        }
        return true;
    }

    /** Writes the 15 Kronrod nodes and weights of [lo, hi] from {@code offset}. */
    private static void fillNodes(double lo, double hi, double[] nodes, double[] weights, int offset) {
        double c = 0.5 * (lo + hi);
        double h = 0.5 * (hi - lo);
        int i = offset;
        for (int k = 0; k < 7; k++) {
            nodes[i] = c - h * XGK[k];
            weights[i++] = h * WGK[k];
            nodes[i] = c + h * XGK[k];
            weights[i++] = h * WGK[k];
        }
        nodes[i] = c;
        weights[i] = h * WGK[7];
    }

    /** One panel [lo, hi] with, per component, the K15 estimate, K15 of |f| and |K15 - G7|. */
    private record Panel(double lo, double hi, double[] value, double[] abs, double[] error) {
        static Panel of(VectorFunction f, int dimension, double lo, double hi) {
            double c = 0.5 * (lo + hi);
            double h = 0.5 * (hi - lo);
            double[] minus = new double[dimension];
            double[] plus = new double[dimension];
            double[] kronrod = new double[dimension];
            double[] gauss = new double[dimension];
            double[] abs = new double[dimension];
            f.evaluate(c, minus);
            for (int k = 0; k < dimension; k++) {
                kronrod[k] = WGK[7] * minus[k];
                gauss[k] = WG[3] * minus[k];
                abs[k] = WGK[7] * Math.abs(minus[k]);
            }
            for (int j = 0; j < 7; j++) {
                f.evaluate(c - h * XGK[j], minus);
                f.evaluate(c + h * XGK[j], plus);
                for (int k = 0; k < dimension; k++) {
                    double sum = minus[k] + plus[k];
                    kronrod[k] += WGK[j] * sum;
                    abs[k] += WGK[j] * (Math.abs(minus[k]) + Math.abs(plus[k]));
                    if (j % 2 == 1) {
                        gauss[k] += WG[j / 2] * sum;
                    }
                }
            }
            double[] error = new double[dimension];
            for (int k = 0; k < dimension; k++) {
                error[k] = Math.abs(kronrod[k] - gauss[k]) * h;
                kronrod[k] *= h;
                abs[k] *= h;
            }
            return new Panel(lo, hi, kronrod, abs, error);
        }

        double badness(double[] scale) {
            double worst = 0;
            for (int k = 0; k < error.length; k++) {
                worst = Math.max(worst, scale[k] > 0 ? error[k] / scale[k] : error[k]);
            }
            return worst;
        }
    }
}
