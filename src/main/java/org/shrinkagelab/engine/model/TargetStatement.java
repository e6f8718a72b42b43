package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;

/** Stan's {@code target += sum(terms)}: the terms' sum added to the log density, each term's partial 1. */
final class TargetStatement extends Statement {

    TargetStatement(Expr terms) {
        super(terms);
    }

    @Override
    double logDensity(double[] values, double[] adjoints) {
        double lp = 0;
        for (int i = 0; i < size; i++) {
            lp += values[x.offset + i];
            adjoints[x.offset + i] += 1;
        }
        return lp;
    }

    @Override
    double logDensity(double[] values, int i) {
        return values[x.offset + i];
    }

    @Override
    boolean drawable() {
        return false;
    }

    /** Never called: a model with a target term draws no prior ancestrally ({@link #drawable()}). */
    @Override
    double draw(double[] values, int i, UniformRandomProvider rng) {
        throw new IllegalStateException("a target term has nothing to draw");
    }
}
