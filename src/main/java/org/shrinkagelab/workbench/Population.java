package org.shrinkagelab.workbench;

import org.shrinkagelab.stats.Normal;
import org.shrinkagelab.stats.StudentT;

/** The population distribution of the school effects: normal, or student-t:NU (NU > 0). Immutable. */
public final class Population {
    /** The allowed forms, as shown in error messages and option help. */
    public static final String ALLOWED = "normal or student-t:NU (NU from 0.01 to 1000)";

    private final double nu;
    private final double logNormalizer;

    private Population(double nu) {
        this.nu = nu;
        this.logNormalizer = nu > 0 ? StudentT.logNormalizer(nu) : 0;
    }

    /** The normal population. */
    public static Population normal() {
        return new Population(0);
    }

    /** The Student-t population with nu degrees of freedom. */
    public static Population studentT(double nu) {
        return parse("student-t:" + nu);
    }

    /** Parses "normal" or "student-t:4"; refuses anything else with a message naming what is allowed. */
    public static Population parse(String text) {
        PriorSpec spec = PriorSpec.parse("population", text, ALLOWED);
        switch (spec.family()) {
            case "normal":
                spec.requireCount(0, "normal");
                return normal();
            case "student-t":
                spec.requireCount(1, "student-t:NU");
                return new Population(spec.positive(0, "degrees of freedom NU"));
            default:
                throw new IllegalArgumentException("population '" + text + "': unknown family '" + spec.family()
                        + "'; allowed: " + ALLOWED);
        }
    }

    /** True for the normal population. */
    public boolean isNormal() {
        return nu == 0;
    }

    /** Degrees of freedom of the Student-t population (infinity for the normal). */
    public double nu() {
        return isNormal() ? Double.POSITIVE_INFINITY : nu;
    }

    /** log density of x under the population with location loc and scale (log(scale) = logScale). */
    public double logPdf(double x, double loc, double scale, double logScale) {
        return isNormal() ? Normal.logPdf(x, loc, scale, logScale)
                : StudentT.logPdf(x, nu, loc, scale, logScale, logNormalizer);
    }

    /** d logPdf / dx. */
    public double dx(double x, double loc, double scale) {
        return isNormal() ? Normal.dx(x, loc, scale) : StudentT.dx(x, nu, loc, scale);
    }

    /** d logPdf / dscale. */
    public double dScale(double x, double loc, double scale) {
        return isNormal() ? Normal.dSigma(x, loc, scale) : StudentT.dSigma(x, nu, loc, scale);
    }

    /** The text form, "normal" or e.g. "student-t:4". */
    @Override
    public String toString() {
        return isNormal() ? "normal" : "student-t:" + TauPrior.format(nu);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Population p && p.nu == nu;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(nu);
    }
}
