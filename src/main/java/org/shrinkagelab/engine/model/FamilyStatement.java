package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * x ~ family(args) for the families other than the normal, elementwise through {@link Family}, with
 * normalizing constants computed once when their argument is data.
 */
final class FamilyStatement extends Statement {
    private final Family family;
    private final double[] normalizer;

    FamilyStatement(Family family, Expr x, Expr[] args, double[] template) {
        super(x, args);
        if (args.length != family.arity) {
            throw new IllegalArgumentException(family + " takes " + family.arity + " arguments, got " + args.length);
        }
        this.family = family;
        if (family.normalizedByFirst && args[0].isData()) {
            normalizer = new double[args[0].size];
            for (int i = 0; i < normalizer.length; i++) {
                normalizer[i] = family.normalizer(template[args[0].offset + i]);
            }
        } else {
            normalizer = null;
        }
    }

    /** The family. */
    Family family() {
        return family;
    }

    private double argument(double[] v, int k, int i) {
        return k < args.length ? v[slot(k, i)] : 0;
    }

    private double normalizer(double[] v, int i) {
        if (normalizer != null) {
            return normalizer[normalizer.length == 1 ? 0 : i];
        }
        return family.normalizedByFirst ? family.normalizer(v[slot(0, i)]) : 0;
    }

    @Override
    double logDensity(double[] v, double[] adj) {
        int sx = x.size == 1 ? 0 : 1;
        boolean passX = !x.isData();
        double lp = 0;
        for (int i = 0; i < size; i++) {
            double xv = v[x.offset + i * sx];
            double a = argument(v, 0, i);
            double b = argument(v, 1, i);
            double c = argument(v, 2, i);
            lp += family.logPdf(xv, a, b, c, normalizer(v, i));
            if (passX) {
                adj[x.offset + i * sx] += family.dx(xv, a, b, c);
            }
            for (int k = 0; k < args.length; k++) {
                if (!args[k].isData()) {
                    adj[slot(k, i)] += family.dArgument(k, xv, a, b, c);
                }
            }
        }
        return lp;
    }

    @Override
    double logDensity(double[] v, int i) {
        return family.logPdf(v[x.offset + (x.size == 1 ? 0 : i)], argument(v, 0, i), argument(v, 1, i),
                argument(v, 2, i), normalizer(v, i));
    }

    @Override
    double draw(double[] v, int i, UniformRandomProvider rng) {
        return family.draw(rng, argument(v, 0, i), argument(v, 1, i), argument(v, 2, i));
    }
}
