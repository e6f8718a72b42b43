package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.stats.Exponential;
import org.shrinkagelab.stats.HalfCauchy;
import org.shrinkagelab.stats.Normal;

/**
 * A prior x ~ D(constants) on a scalar: mu ~ Normal(0, 20), tau ~ half-Cauchy(2). The arguments are read once,
 * and the logs of them that the density takes on every call (log scale, log rate, a family's normalizer) are
 * taken once too, so value and partial are a few straight-line operations. Each is the same expression, in the
 * same order, as the {@link NormalStatement} or {@link FamilyStatement} it stands for, so the numbers are theirs,
 * bit for bit; pointwise terms and draws are that statement's own.
 */
final class ScalarPriorStatement extends Statement {
    private static final double LOG_2 = Math.log(2);
    private static final int NORMAL = 0;
    private static final int HALF_CAUCHY = 1;
    private static final int HALF_NORMAL = 2;
    private static final int EXPONENTIAL = 3;
    private static final int OTHER = 4;

    private final Statement general;
    private final Family family;
    private final int kind;
    private final int xSlot;
    private final double a;
    private final double b;
    private final double c;
    /** a * a, as the partials take it. */
    private final double aSquared;
    /**
     * What the density computes from the constants alone, computed once: log scale (normal, half-normal), log(2 / pi)
     * - log scale (half-Cauchy), log rate (exponential), or the family's normalizer.
     */
    private final double constant;

    private ScalarPriorStatement(Statement general, Family family, double[] template) {
        super(general.x, general.args);
        this.general = general;
        this.family = family;
        this.xSlot = general.x.offset;
        this.a = argument(template, 0);
        this.b = argument(template, 1);
        this.c = argument(template, 2);
        this.aSquared = a * a;
        if (family == null) {
            kind = NORMAL;
            constant = Math.log(b);
        } else {
            switch (family) {
                case HALF_CAUCHY -> {
                    kind = HALF_CAUCHY;
                    // log(2 / pi) - log(a) - log1p(0): the first two terms of the density, summed as it sums them
                    constant = HalfCauchy.logPdf(0, a);
                }
                case HALF_NORMAL -> {
                    kind = HALF_NORMAL;
                    constant = Math.log(a);
                }
                case EXPONENTIAL -> {
                    kind = EXPONENTIAL;
                    // log(rate) - rate * 0
                    constant = Exponential.logPdf(0, a);
                }
                default -> {
                    kind = OTHER;
                    constant = family.normalizedByFirst ? family.normalizer(a) : 0;
                }
            }
        }
    }

    /**
     * The straight-line form of {@code s} when it is a normal or family statement on one parameter-dependent value
     * with constant (data) arguments, each one value; null otherwise.
     */
    static ScalarPriorStatement of(Statement s, double[] template) {
        if (s.size != 1 || s.x.isData() || !(s instanceof NormalStatement || s instanceof FamilyStatement)) {
            return null;
        }
        for (Expr arg : s.args) {
            if (!arg.isData() || arg.size != 1) {
                return null;
            }
        }
        return new ScalarPriorStatement(s, s instanceof FamilyStatement f ? f.family() : null, template);
    }

    private double argument(double[] template, int k) {
        return k < args.length ? template[args[k].offset] : 0;
    }

    @Override
    Statement on(double[] template) {
        return new ScalarPriorStatement(general.on(template), family, template);
    }

    @Override
    double logDensity(double[] v, double[] adj) {
        double x = v[xSlot];
        switch (kind) {
            case NORMAL -> {
                adj[xSlot] += -(x - a) / (b * b);
                return Normal.logPdf(x, a, b, constant);
            }
            case HALF_CAUCHY -> {
                // Cauchy.dx(x, 0, a) and HalfCauchy.logPdf(x, a) with its first terms summed once
                double d = x - 0;
                adj[xSlot] += -2 * d / (aSquared + d * d);
                if (x < 0) {
                    return Double.NEGATIVE_INFINITY;
                }
                double z = x / a;
                return constant - Math.log1p(z * z);
            }
            case HALF_NORMAL -> {
                adj[xSlot] += -x / aSquared;
                if (x < 0) {
                    return Double.NEGATIVE_INFINITY;
                }
                double z = x / a;
                return LOG_2 - 0.5 * z * z - constant - Normal.LOG_SQRT_2PI;
            }
            case EXPONENTIAL -> {
                adj[xSlot] += -a;
                return x < 0 ? Double.NEGATIVE_INFINITY : constant - a * x;
            }
            default -> {
                adj[xSlot] += family.dx(x, a, b, c);
                return family.logPdf(x, a, b, c, constant);
            }
        }
    }

    @Override
    double logDensity(double[] v, int i) {
        return general.logDensity(v, i);
    }

    @Override
    double draw(double[] v, int i, UniformRandomProvider rng) {
        return general.draw(v, i, rng);
    }
}
