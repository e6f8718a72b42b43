package org.shrinkagelab.workbench;

import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.engine.model.Transform;
import org.shrinkagelab.stats.Exponential;
import org.shrinkagelab.stats.HalfCauchy;
import org.shrinkagelab.stats.HalfNormal;
import org.shrinkagelab.stats.HalfStudentT;
import org.shrinkagelab.stats.InverseGamma;
import org.shrinkagelab.stats.Uniform;

/**
 * The prior on the population scale tau, normalized on its support: one of half-cauchy:S,
 * half-normal:S, uniform:L,U, exponential:R, inv-gamma:A,B, half-student-t:NU,S. Immutable.
 */
public final class TauPrior {
    /** The allowed forms, as shown in error messages and option help. */
    public static final String ALLOWED = "half-cauchy:S, half-normal:S, uniform:L,U (0 <= L < U <= 1000), exponential:R,"
            + " inv-gamma:A,B, half-student-t:NU,S (all of S, R, A, B, NU from 0.01 to 1000)";

    /** The prior families. */
    public enum Family {
        /** Half-Cauchy(scale). */
        HALF_CAUCHY("half-cauchy"),
        /** Half-normal(scale). */
        HALF_NORMAL("half-normal"),
        /** Uniform(lower, upper). */
        UNIFORM("uniform"),
        /** Exponential(rate). */
        EXPONENTIAL("exponential"),
        /** Inverse-gamma(shape, scale). */
        INV_GAMMA("inv-gamma"),
        /** Half-Student-t(nu, scale). */
        HALF_STUDENT_T("half-student-t");

        private final String id;

        Family(String id) {
            this.id = id;
        }

        /** The name used in the text form, e.g. "half-cauchy". */
        public String id() {
            return id;
        }
    }

    private final Family family;
    private final double a;
    private final double b;
    private final double logNormalizer;
    private final Transform transform;

    private TauPrior(Family family, double a, double b) {
        this.family = family;
        this.a = a;
        this.b = b;
        this.logNormalizer = switch (family) {
            case INV_GAMMA -> InverseGamma.logNormalizer(a);
            case HALF_STUDENT_T -> HalfStudentT.logNormalizer(a);
            default -> 0;
        };
        this.transform = family == Family.UNIFORM ? Transform.interval(a, b) : Transform.positive();
    }

    /**
     * A programmatic argument (exact-posterior studies may use priors far sharper than the options allow):
     * finite and positive, without the option's range.
     */
    private static double positive(double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("tau prior arguments must be finite and > 0, was " + v);
        }
        return v;
    }

    /** Half-Cauchy(scale). */
    public static TauPrior halfCauchy(double scale) {
        return new TauPrior(Family.HALF_CAUCHY, positive(scale), 0);
    }

    /** Half-normal(scale). */
    public static TauPrior halfNormal(double scale) {
        return new TauPrior(Family.HALF_NORMAL, positive(scale), 0);
    }

    /** Uniform(lower, upper) with 0 <= lower < upper. */
    public static TauPrior uniform(double lower, double upper) {
        return parse("uniform:" + lower + "," + upper);
    }

    /** Exponential(rate). */
    public static TauPrior exponential(double rate) {
        return new TauPrior(Family.EXPONENTIAL, positive(rate), 0);
    }

    /** Inverse-gamma(shape, scale). */
    public static TauPrior inverseGamma(double shape, double scale) {
        return new TauPrior(Family.INV_GAMMA, positive(shape), positive(scale));
    }

    /** Half-Student-t(nu, scale). */
    public static TauPrior halfStudentT(double nu, double scale) {
        return new TauPrior(Family.HALF_STUDENT_T, positive(nu), positive(scale));
    }

    /** Parses e.g. "half-cauchy:2" or "uniform:0,100"; refuses anything else with a message naming what is allowed. */
    public static TauPrior parse(String text) {
        PriorSpec spec = PriorSpec.parse("tau prior", text, ALLOWED);
        switch (spec.family()) {
            case "half-cauchy":
                spec.requireCount(1, "half-cauchy:S");
                return new TauPrior(Family.HALF_CAUCHY, spec.positive(0, "scale S"), 0);
            case "half-normal":
                spec.requireCount(1, "half-normal:S");
                return new TauPrior(Family.HALF_NORMAL, spec.positive(0, "scale S"), 0);
            case "uniform": {
                spec.requireCount(2, "uniform:L,U");
                double lower = spec.inRange(0, "lower bound L", 0, PriorSpec.MAX_LOCATION);
                double upper = spec.inRange(1, "upper bound U", 0, PriorSpec.MAX_LOCATION);
                if (!(lower >= 0 && upper > lower)) {
                    throw new IllegalArgumentException("tau prior '" + text + "': uniform needs 0 <= L < U, was L = "
                            + lower + ", U = " + upper);
                }
                return new TauPrior(Family.UNIFORM, lower, upper);
            }
            case "exponential":
                spec.requireCount(1, "exponential:R");
                return new TauPrior(Family.EXPONENTIAL, spec.positive(0, "rate R"), 0);
            case "inv-gamma":
                spec.requireCount(2, "inv-gamma:A,B");
                return new TauPrior(Family.INV_GAMMA, spec.positive(0, "shape A"), spec.positive(1, "scale B"));
            case "half-student-t":
                spec.requireCount(2, "half-student-t:NU,S");
                return new TauPrior(Family.HALF_STUDENT_T, spec.positive(0, "degrees of freedom NU"),
                        spec.positive(1, "scale S"));
            default:
                throw new IllegalArgumentException("tau prior '" + text + "': unknown family '" + spec.family()
                        + "'; allowed: " + ALLOWED);
        }
    }

    /** The family. */
    public Family family() {
        return family;
    }

    /** The arguments in the order of the text form (one or two numbers). */
    public double[] arguments() {
        return switch (family) {
            case UNIFORM, INV_GAMMA, HALF_STUDENT_T -> new double[] {a, b};
            default -> new double[] {a};
        };
    }

    /** Lower end of the support. */
    public double lower() {
        return family == Family.UNIFORM ? a : 0;
    }

    /** Upper end of the support (infinity except for the uniform). */
    public double upper() {
        return family == Family.UNIFORM ? b : Double.POSITIVE_INFINITY;
    }

    /** The map from the real line onto the support: log for (0, inf), logit for a uniform's (L, U). */
    public Transform transform() {
        return transform;
    }

    /**
     * Declares {@code tau ~ this prior} in a model, in the family's own sampling statement ({@code tau} is a
     * parameter declared with {@link #transform()}, so its support is the prior's).
     */
    public void declare(ModelBuilder m, Expr tau) {
        switch (family) {
            case HALF_CAUCHY -> m.halfCauchy(tau, m.constant(a));
            case HALF_NORMAL -> m.halfNormal(tau, a);
            case UNIFORM -> m.uniform(tau, m.constant(a), m.constant(b));
            case EXPONENTIAL -> m.exponential(tau, m.constant(a));
            case INV_GAMMA -> m.inverseGamma(tau, m.constant(a), m.constant(b));
            case HALF_STUDENT_T -> m.halfStudentT(tau, m.constant(a), m.constant(b));
        }
    }

    /** log p(tau), normalized on the support; minus infinity outside it. */
    public double logDensity(double tau) {
        return switch (family) {
            case HALF_CAUCHY -> HalfCauchy.logPdf(tau, a);
            case HALF_NORMAL -> HalfNormal.logPdf(tau, a);
            case UNIFORM -> Uniform.logPdf(tau, a, b);
            case EXPONENTIAL -> Exponential.logPdf(tau, a);
            case INV_GAMMA -> InverseGamma.logPdf(tau, a, b, logNormalizer);
            case HALF_STUDENT_T -> HalfStudentT.logPdf(tau, a, b, logNormalizer);
        };
    }

    /** d log p(tau) / dtau inside the support. */
    public double dLogDensity(double tau) {
        return switch (family) {
            case HALF_CAUCHY -> HalfCauchy.dx(tau, a);
            case HALF_NORMAL -> HalfNormal.dx(tau, a);
            case UNIFORM -> Uniform.dx(tau, a, b);
            case EXPONENTIAL -> Exponential.dx(tau, a);
            case INV_GAMMA -> InverseGamma.dx(tau, a, b);
            case HALF_STUDENT_T -> HalfStudentT.dx(tau, a, b);
        };
    }

    /** The text form, e.g. "half-cauchy:2" (parse(toString()) gives an equal prior). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(family.id()).append(':');
        double[] args = arguments();
        for (int i = 0; i < args.length; i++) {
            s.append(i > 0 ? "," : "").append(format(args[i]));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TauPrior p && p.family == family && p.a == a && p.b == b;
    }

    @Override
    public int hashCode() {
        return family.hashCode() * 31 + Double.hashCode(a) * 17 + Double.hashCode(b);
    }

    /** Integers without ".0", so the text forms read as typed ("half-cauchy:2"). */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
