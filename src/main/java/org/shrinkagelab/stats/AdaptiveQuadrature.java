package org.shrinkagelab.stats;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss-Kronrod (7-point Gauss, 15-point Kronrod, as QUADPACK's QAG) on a finite
 * interval: start from equal panels, bisect the panel with the largest |K15 - G7| until the sum of
 * those differences is below relTol times |integral|. |K15 - G7| overestimates the error of K15 for
 * smooth integrands, so the result is usually far more accurate than asked.
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

    private AdaptiveQuadrature() {
    }

    /** The integral of f over [a, b] to relative tolerance relTol (at most 10000 panels). */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relTol) {
        return rule(f, a, b, 16, relTol, 10000).integrate(f);
    }

    /** The 15-point Kronrod estimate of the integral of f over [a, b] (one panel, no adaptation). */
    public static double kronrod(DoubleUnaryOperator f, double a, double b) {
        return panel(f, a, b)[0];
    }

    /**
     * The composite rule adapted to f on [a, b]: starts from {@code initialPanels} equal panels and
     * bisects until the estimated error is below relTol |integral| or {@code maxPanels} is reached.
     */
    public static QuadratureRule rule(DoubleUnaryOperator f, double a, double b, int initialPanels, double relTol,
            int maxPanels) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && b > a)) {
            throw new IllegalArgumentException("quadrature needs a finite interval with b > a, was [" + a + ", " + b + "]");
        }
        if (initialPanels < 1) {
            throw new IllegalArgumentException("need at least one initial panel, was " + initialPanels);
        }
        double[] breaks = new double[initialPanels + 1];
        for (int k = 0; k <= initialPanels; k++) {
            breaks[k] = k == initialPanels ? b : a + (b - a) * k / initialPanels;
        }
        return rule(f, breaks, relTol, maxPanels);
    }

    /**
     * The composite rule adapted to f, starting from the panels between consecutive {@code breaks}
     * (strictly increasing, finite; placing breaks around a narrow peak makes sure it is seen).
     */
    public static QuadratureRule rule(DoubleUnaryOperator f, double[] breaks, double relTol, int maxPanels) {
        int initialPanels = breaks.length - 1;
        if (initialPanels < 1 || maxPanels < initialPanels) {
            throw new IllegalArgumentException("need 1 <= initial panels <= maxPanels, were " + initialPanels + ", "
                    + maxPanels);
        }
        for (int k = 0; k < initialPanels; k++) {
            if (!(breaks[k] < breaks[k + 1]) || !Double.isFinite(breaks[k]) || !Double.isFinite(breaks[k + 1])) {
                throw new IllegalArgumentException("quadrature breaks must be finite and strictly increasing, were "
                        + breaks[k] + " then " + breaks[k + 1]);
            }
        }
        double b = breaks[initialPanels];
        PriorityQueue<double[]> queue = new PriorityQueue<>((p, q) -> Double.compare(q[3], p[3]));
        double total = 0;
        double error = 0;
        for (int k = 0; k < initialPanels; k++) {
            double lo = breaks[k];
            double hi = breaks[k + 1];
            double[] r = panel(f, lo, hi);
            queue.add(new double[] {lo, hi, r[0], r[1]});
            total += r[0];
            error += r[1];
        }
        while (queue.size() < maxPanels && !(error <= relTol * Math.abs(total))) {
            double[] worst = queue.poll();
            double mid = 0.5 * (worst[0] + worst[1]);
            double[] left = panel(f, worst[0], mid);
            double[] right = panel(f, mid, worst[1]);
            queue.add(new double[] {worst[0], mid, left[0], left[1]});
            queue.add(new double[] {mid, worst[1], right[0], right[1]});
            total += left[0] + right[0] - worst[2];
            error += left[1] + right[1] - worst[3];
        }
        double[][] panels = queue.toArray(new double[0][]);
        java.util.Arrays.sort(panels, (p, q) -> Double.compare(p[0], q[0]));
        int n = panels.length;
        double[] finalBreaks = new double[n + 1];
        double[] nodes = new double[n * QuadratureRule.NODES_PER_PANEL];
        double[] weights = new double[nodes.length];
        double totalError = 0;
        for (int k = 0; k < n; k++) {
            finalBreaks[k] = panels[k][0];
            totalError += panels[k][3];
            fillNodes(panels[k][0], panels[k][1], nodes, weights, k * QuadratureRule.NODES_PER_PANEL);
        }
        finalBreaks[n] = b;
        return new QuadratureRule(finalBreaks, nodes, weights, totalError);
    }

    /** Writes the 15 Kronrod nodes and weights of [lo, hi] from {@code offset}. */
    static void fillNodes(double lo, double hi, double[] nodes, double[] weights, int offset) {
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

    /** {K15 estimate, |K15 - G7|} on [lo, hi]. */
    private static double[] panel(DoubleUnaryOperator f, double lo, double hi) {
        double c = 0.5 * (lo + hi);
        double h = 0.5 * (hi - lo);
        double fc = f.applyAsDouble(c);
        double kronrod = WGK[7] * fc;
        double gauss = WG[3] * fc;
        for (int k = 0; k < 7; k++) {
            double sum = f.applyAsDouble(c - h * XGK[k]) + f.applyAsDouble(c + h * XGK[k]);
            kronrod += WGK[k] * sum;
            if (k % 2 == 1) {
                gauss += WG[k / 2] * sum;
            }
        }
        return new double[] {kronrod * h, Math.abs(kronrod - gauss) * h};
    }
}
