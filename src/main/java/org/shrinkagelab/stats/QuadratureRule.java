package org.shrinkagelab.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * A composite Gauss-Kronrod rule: panels [breaks[k], breaks[k+1]] with {@link #NODES_PER_PANEL} nodes
 * each, node i of panel k at index 15 k + i. Built by {@link AdaptiveQuadrature} for one integrand and
 * reused for other smooth integrands of similar shape (moments, mixture CDFs).
 */
public record QuadratureRule(double[] breaks, double[] nodes, double[] weights, double estimatedError) {
    /** Nodes in each panel (the 15-point Kronrod rule). */
    public static final int NODES_PER_PANEL = 15;

    /** Number of panels. */
    public int panels() {
        return breaks.length - 1;
    }

    /** sum_i w_i g(x_i), the rule's approximation of the integral of g over [breaks[0], breaks[last]]. */
    public double integrate(DoubleUnaryOperator g) {
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weights[i] * g.applyAsDouble(nodes[i]);
        }
        return sum;
    }
}
