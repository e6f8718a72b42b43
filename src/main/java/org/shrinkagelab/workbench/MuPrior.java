package org.shrinkagelab.workbench;

import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.stats.Normal;

/** The prior on the population mean mu: normal:M,S or flat (improper, constant density). Immutable. */
public final class MuPrior {
    /** The allowed forms, as shown in error messages and option help. */
    public static final String ALLOWED = "normal:M,S (M from -1000 to 1000, S from 0.01 to 1000) or flat";

    private final double mean;
    private final double sd;
    private final double logSd;

    private MuPrior(double mean, double sd) {
        this.mean = mean;
        this.sd = sd;
        this.logSd = Math.log(sd);
    }

    /** Normal(mean, sd). */
    public static MuPrior normal(double mean, double sd) {
        // built directly: references and tests use sharper priors than the option's range allows
        if (!(Double.isFinite(mean) && sd > 0 && Double.isFinite(sd))) {
            throw new IllegalArgumentException("normal mu prior needs a finite mean and a positive sd, was "
                    + mean + ", " + sd);
        }
        return new MuPrior(mean, sd);
    }

    /** The flat (improper) prior: log density 0 everywhere. */
    public static MuPrior flat() {
        return new MuPrior(0, Double.POSITIVE_INFINITY);
    }

    /** Parses "normal:0,20" or "flat"; refuses anything else with a message naming what is allowed. */
    public static MuPrior parse(String text) {
        PriorSpec spec = PriorSpec.parse("mu prior", text, ALLOWED);
        switch (spec.family()) {
            case "normal":
                spec.requireCount(2, "normal:M,S");
                return new MuPrior(spec.inRange(0, "mean M", -PriorSpec.MAX_LOCATION, PriorSpec.MAX_LOCATION),
                        spec.positive(1, "sd S"));
            case "flat":
                spec.requireCount(0, "flat");
                return flat();
            default:
                throw new IllegalArgumentException("mu prior '" + text + "': unknown family '" + spec.family()
                        + "'; allowed: " + ALLOWED);
        }
    }

    /** True for the flat prior. */
    public boolean isFlat() {
        return sd == Double.POSITIVE_INFINITY;
    }

    /** Prior mean M (0 for flat, where it plays no role). */
    public double mean() {
        return mean;
    }

    /** Prior sd S (infinity for flat). */
    public double sd() {
        return sd;
    }

    /** Declares {@code x ~ Normal(mean, sd)} (each element for a vector) in a model; nothing for the flat prior. */
    public void declare(ModelBuilder m, Expr x) {
        if (!isFlat()) {
            m.normal(x, mean(), sd());
        }
    }

    /** log p(mu): the normal log density, or 0 for the flat prior. */
    public double logDensity(double mu) {
        return isFlat() ? 0 : Normal.logPdf(mu, mean, sd, logSd);
    }

    /** d log p(mu) / dmu. */
    public double dLogDensity(double mu) {
        return isFlat() ? 0 : Normal.dx(mu, mean, sd);
    }

    /** The text form, e.g. "normal:0,20" or "flat". */
    @Override
    public String toString() {
        return isFlat() ? "flat" : "normal:" + TauPrior.format(mean) + "," + TauPrior.format(sd);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MuPrior p && p.mean == mean && p.sd == sd;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mean) * 31 + Double.hashCode(sd);
    }
}
