package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A sampling statement {@code x ~ D(args)} (Stan's {@code target += D_lpdf(x | args)}), vectorised over
 * the elements of x with scalar arguments broadcast. It adds its log density to the target and,
 * because the target is a plain sum, the partials straight into the adjoints of x and the arguments:
 * a statement is a tape node that needs no backward step of its own. With data on the left it is
 * an observation: its terms are the pointwise log-likelihood, and it can simulate replicated data.
 */
abstract class Statement {
    final Expr x;
    final Expr[] args;
    final int size;

    Statement(Expr x, Expr... args) {
        this.x = x;
        this.args = args;
        int n = x.size;
        for (Expr a : args) {
            if (a.size != 1 && n != 1 && a.size != n) {
                throw new IllegalArgumentException("sampling statement: an argument has " + a.size
                        + " elements where the left side has " + n);
            }
            n = Math.max(n, a.size);
        }
        if (x.size != n) {
            throw new IllegalArgumentException("sampling statement: the left side has " + x.size
                    + " elements but the arguments have " + n + "; broadcast the arguments, not the left side");
        }
        this.size = n;
    }

    /** True when the left side is data: an observation, part of the likelihood. */
    final boolean isObservation() {
        return x.isData();
    }

    /** Whether x can be drawn given the arguments (a sampling statement); a bare target term cannot. */
    boolean drawable() {
        return true;
    }

    /**
     * The statement on other data (the values in {@code template}): itself, unless it keeps something computed
     * from the data at construction.
     */
    Statement on(double[] template) {
        return this;
    }

    /** The log density of all elements, with its partials added into {@code adjoints}. */
    abstract double logDensity(double[] values, double[] adjoints);

    /**
     * lp plus {@link #logDensity(double[], double[])}; a statement fused with the next adds both, in order. A fused
     * statement may read its parameter straight from the unconstrained point q and write its partials straight into
     * the gradient; the others read only the values and write only the adjoints.
     */
    double addLogDensity(double lp, double[] q, double[] values, double[] adjoints, double[] gradient) {
        return lp + logDensity(values, adjoints);
    }

    /** The log density of element i alone (for the pointwise log-likelihood). */
    abstract double logDensity(double[] values, int i);

    /** A draw of element i of x given the arguments' values. */
    abstract double draw(double[] values, int i, UniformRandomProvider rng);

    /** The slot of argument k for element i. */
    int slot(int k, int i) {
        Expr a = args[k];
        return a.offset + (a.size == 1 ? 0 : i);
    }
}
