package org.shrinkagelab.engine.model;

import java.util.Arrays;

/**
 * A declared parameter: its constrained values x = transform(u) from the unconstrained coordinates
 * u = q[coordinate..], the log Jacobian, and on the way back the gradient
 * d/du = (d/dx) dx/du + d logJacobian / du. A null transform is the identity (real parameters).
 */
final class ParameterOp implements Op {
    final String name;
    final int coordinate;
    final int slot;
    final int size;
    final Transform transform;
    final boolean vector;
    /** The first of {@link #size} slots where the forward pass leaves dx/du for the reverse one (transforms only). */
    private final int derivativeSlot;

    ParameterOp(String name, int coordinate, int slot, int size, boolean vector, Transform transform,
            int derivativeSlot) {
        this.derivativeSlot = derivativeSlot;
        this.vector = vector;
        this.name = name;
        this.coordinate = coordinate;
        this.slot = slot;
        this.size = size;
        this.transform = transform;
    }

    @Override
    public double forward(double[] q, double[] values) {
        if (size == 1) {
            // a scalar straight through, no loop: the sum below starts from 0, hence the 0.0 +
            double u = q[coordinate];
            if (transform == null) {
                values[slot] = u;
                return 0;
            }
            values[slot] = transform.constrain(u, values, derivativeSlot);
            return 0.0 + transform.logJacobian(u);
        }
        if (transform == null) {
            System.arraycopy(q, coordinate, values, slot, size);
            return 0;
        }
        double logJacobian = 0;
        for (int i = 0; i < size; i++) {
            double u = q[coordinate + i];
            values[slot + i] = transform.constrain(u, values, derivativeSlot + i);
            logJacobian += transform.logJacobian(u);
        }
        return logJacobian;
    }

    @Override
    public void backward(double[] q, double[] values, double[] adjoints, double[] gradient) {
        if (size == 1) {
            gradient[coordinate] = transform == null ? adjoints[slot]
                    : adjoints[slot] * values[derivativeSlot] + transform.logJacobianDerivative(q[coordinate]);
            adjoints[slot] = 0;
            return;
        }
        if (transform == null) {
            System.arraycopy(adjoints, slot, gradient, coordinate, size);
            Arrays.fill(adjoints, slot, slot + size, 0);
            return;
        }
        for (int i = 0; i < size; i++) {
            double u = q[coordinate + i];
            gradient[coordinate + i] = adjoints[slot + i] * values[derivativeSlot + i]
                    + transform.logJacobianDerivative(u);
            adjoints[slot + i] = 0;
        }
    }

    /** The unconstrained coordinate for a constrained value, refusing one outside the support. */
    double unconstrain(double x) {
        return transform == null ? x : transform.unconstrain(x);
    }

    /** True when x lies in the parameter's support. */
    boolean inSupport(double x) {
        if (transform == null) {
            return Double.isFinite(x);
        }
        try {
            return Double.isFinite(transform.unconstrain(x));
        } catch (IllegalArgumentException outside) {
            return false;
        }
    }

    /** The name of the unconstrained coordinate: the name, or log_/logit_ before it for bounded ones. */
    String coordinateName() {
        if (transform == null) {
            return name;
        }
        return (transform instanceof IntervalTransform ? "logit_" : "log_") + name;
    }
}
