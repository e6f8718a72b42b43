package org.shrinkagelab.problems.asteroids;

import java.util.List;
import java.util.Locale;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The asteroid models of log albedo by orbit class, declared on the {@link ModelBuilder}: complete pooling,
 * independent classes, the hierarchy (class means and class spreads both drawn from populations, so a class
 * of one asteroid borrows its spread as well as its mean) and a two-component mixture (dark C-types and bright
 * S-types) whose components are shared by every class and whose dark fraction is each class's own, the bright
 * mean the dark mean plus a positive gap so the labels cannot switch. Vector names carry the class codes:
 * {@code mu_class[MBA]}.
 *
 * @param kind             which model
 * @param data             the asteroids fitted
 * @param parameterization how the class means and log spreads are sampled (by class: centered for the
 *                         classes of {@link ClassParameterization#CENTERED_FROM} asteroids or more)
 * @param mu0Prior         prior of mu_0 (of each class mean when independent, of mu when pooled, of the mixture's
 *                         dark mean)
 * @param tauPrior         prior of tau, the spread of the class means
 * @param sigmaPopulation  the population of the class spreads
 * @param sigmaScalePrior  prior of the spread population's scale (sigma_0, its median, for log-normal)
 * @param fixedSigma       class spreads held fixed (the conjugate reference's variant), or null
 */
public record AsteroidsModel(Kind kind, AsteroidsData data, ClassParameterization parameterization, MuPrior mu0Prior,
                             TauPrior tauPrior, SigmaPopulation sigmaPopulation, TauPrior sigmaScalePrior,
                             double[] fixedSigma) {
    /** Prior of omega, the log-scale spread of the class spreads under the log-normal population. */
    static final double OMEGA_SCALE = 0.5;
    /** Prior scale (half-normal) of a spread that has no population (pooled, independent, the mixture's). */
    static final double SPREAD_SCALE = 1.0;
    /**
     * Prior of the mixture's log gap between the bright and the dark mean: about log(0.2 / 0.05) = 1.39 apart on
     * log albedo, so gap ~ LogNormal(log 1.3, 0.2), which keeps the components from collapsing onto each other.
     */
    static final double LOG_GAP_MEAN = Math.log(1.3);
    static final double LOG_GAP_SD = 0.2;
    /**
     * The mixture's dark mean is sampled as (mu_dark - log 0.05) / 0.1, C-types' albedo in units of about its
     * posterior sd, so that Stan's uniform(-2, 2) initial values start every chain near the dark peak.
     */
    static final double DARK_CENTRE = Math.log(0.05);
    static final double DARK_UNIT = 0.1;

    /** The models a user can pick. */
    public enum Kind {
        /** One mean and one spread for every asteroid. */
        POOLED,
        /** Each class on its own, no shared information. */
        INDEPENDENT,
        /** Class means and spreads drawn from populations. */
        HIERARCHICAL,
        /** Dark and bright normal components shared by the classes, a dark fraction per class. */
        MIXTURE;

        /** The text form: pooled, independent, hierarchical, mixture. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses the text form. */
        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.id().equals(text)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("model '" + text + "' is not allowed; allowed: pooled, independent,"
                    + " hierarchical, mixture");
        }
    }

    /** The population of the class spreads in the hierarchy. */
    public enum SigmaPopulation {
        /** log sigma_class ~ Normal(log sigma_0, omega). */
        LOGNORMAL,
        /** sigma_class ~ half-normal(s_sigma). */
        HALF_NORMAL;

        /** The text form: lognormal or half-normal. */
        public String id() {
            return this == LOGNORMAL ? "lognormal" : "half-normal";
        }

        /** Parses the text form. */
        public static SigmaPopulation parse(String text) {
            for (SigmaPopulation p : values()) {
                if (p.id().equals(text)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("sigma population '" + text + "' is not allowed; allowed: lognormal,"
                    + " half-normal");
        }
    }

    /** The same model of another kind. */
    public AsteroidsModel withKind(Kind other) {
        return new AsteroidsModel(other, data, parameterization, mu0Prior, tauPrior, sigmaPopulation, sigmaScalePrior,
                fixedSigma);
    }

    /** The same model on other data (the spreads' fixed values, if any, must match its classes). */
    public AsteroidsModel withData(AsteroidsData other) {
        return new AsteroidsModel(kind, other, parameterization, mu0Prior, tauPrior, sigmaPopulation, sigmaScalePrior,
                fixedSigma);
    }

    /**
     * The hierarchy with each class's spread held at {@code sigma} (classes in data order): the class means are
     * then conjugate given tau, the variant {@link FixedSpreadClassMeans} computes exactly.
     */
    public AsteroidsModel withFixedSigma(double[] sigma) {
        if (sigma.length != data.classes().size()) {
            throw new IllegalArgumentException(data.classes().size() + " classes but " + sigma.length + " spreads");
        }
        return new AsteroidsModel(Kind.HIERARCHICAL, data, parameterization, mu0Prior, tauPrior, sigmaPopulation,
                sigmaScalePrior, sigma.clone());
    }

    /** The model declared for these data. */
    public DeclaredModel declare() {
        ModelBuilder m = new ModelBuilder();
        List<String> classes = data.classes();
        int k = classes.size();
        int[] c = data.classIndex();
        Expr y = m.data(data.logAlbedos());
        boolean[] centered = parameterization.centered(data.classCounts().values().stream()
                .mapToInt(Integer::intValue).toArray());
        switch (kind) {
            case POOLED -> {
                Expr mu = m.real("mu");
                m.normal(mu, mu0Prior.mean(), mu0Prior.sd());
                Expr sigma = m.positive("sigma");
                m.halfNormal(sigma, SPREAD_SCALE);
                m.normal(y, mu, sigma);
            }
            case INDEPENDENT -> {
                Expr mu = m.realVector("mu_class", k);
                m.normal(mu, mu0Prior.mean(), mu0Prior.sd());
                Expr sigma = m.positiveVector("sigma_class", k);
                m.halfNormal(sigma, SPREAD_SCALE);
                m.labelElements("mu_class", classes);
                m.labelElements("sigma_class", classes);
                m.normal(y, mu.at(c), sigma.at(c));
            }
            case HIERARCHICAL -> {
                Expr mu0 = m.real("mu_0");
                m.normal(mu0, mu0Prior.mean(), mu0Prior.sd());
                Expr tau = tau(m, "tau", tauPrior);
                Expr sigma;
                Expr mu;
                if (parameterization == ClassParameterization.BY_CLASS) {
                    // the spreads first: each class mean is sampled around its conditional posterior given them
                    sigma = fixedSigma != null ? m.data(fixedSigma) : sigmaPopulation(m, k, centered, classes);
                    mu = conditionallyCentered(m, mu0, tau, sigma);
                } else {
                    mu = m.normalGroup("mu_class", "z_class", mu0, tau, centered);
                    sigma = fixedSigma != null ? m.data(fixedSigma) : sigmaPopulation(m, k, centered, classes);
                }
                m.labelElements("mu_class", classes);
                m.normal(y, mu.at(c), sigma.at(c));
            }
            case MIXTURE -> mixture(m, y, c, classes);
            default -> throw new IllegalStateException(kind.toString());
        }
        return m.build();
    }

    /**
     * Dark and bright components shared by every class (C-types near albedo 0.05 and S-types near 0.2 are the same
     * physics in every orbit class), each class with its own dark fraction. The bright mean is the dark mean plus a
     * positive gap, so the labels cannot switch, and the gap's prior keeps the components apart: with a gap per
     * class a single-peaked class (the Trojans) read as "all dark" in some chains and "all bright" in others, and
     * a gap could collapse (full data, 4 x (300 + 200): least bulk ESS 9).
     */
    private void mixture(ModelBuilder m, Expr y, int[] c, List<String> classes) {
        Expr zDark = m.real("z_dark");
        m.normal(zDark, (mu0Prior.mean() - DARK_CENTRE) / DARK_UNIT, mu0Prior.sd() / DARK_UNIT);
        Expr muDark = zDark.times(DARK_UNIT).plus(DARK_CENTRE);
        m.output("mu_dark", muDark);
        Expr zGap = m.real("z_gap");
        m.normal(zGap, 0, 1);
        Expr gap = zGap.times(LOG_GAP_SD).plus(LOG_GAP_MEAN).exp();
        m.output("gap", gap);
        m.auxiliary("z_dark", "z_gap");
        // one spread for both components: with a spread each, 10 of 24 random starts of the posterior's optimizer
        // (full data) ended in a local mode 116 log units lower, a narrow dark component on the Trojans and a wide
        // bright one over the whole main belt, and NUTS chains stayed there; with one spread all 24 found the mode
        Expr sigma = m.positive("sigma");
        m.halfNormal(sigma, SPREAD_SCALE);
        Expr w = m.boundedVector("w_dark", classes.size(), 0, 1);
        m.uniform(w, m.constant(0), m.constant(1));
        m.output("mu_class", muDark.plus(m.constant(1).minus(w).times(gap)));
        m.labelElements("w_dark", classes);
        m.labelElements("mu_class", classes);
        // every argument a scalar or indexed by class, so that the statement works class by class
        m.normalMixture(y, w.at(c), muDark, sigma, muDark.plus(gap), sigma);
    }

    /**
     * mu_class ~ Normal(mu_0, tau) sampled as offsets from each class's conditional posterior given mu_0, tau and its
     * spread, which is normal with precision 1 / tau^2 + n_c / sigma_c^2 and mean (mu_0 / tau^2 + n_c ybar_c /
     * sigma_c^2) / precision: the offsets are then standard normal a posteriori for a class of 1,966 asteroids and
     * for a class of one alike, where centered and non-centered each make a funnel in one of them.
     */
    private Expr conditionallyCentered(ModelBuilder m, Expr mu0, Expr tau, Expr sigma) {
        double[] count = data.classCounts().values().stream().mapToDouble(Integer::doubleValue).toArray();
        double[] sum = AsteroidsAnalysis.sampleMeans(data);
        for (int j = 0; j < sum.length; j++) {
            sum[j] *= count[j];
        }
        Expr one = m.constant(1);
        Expr priorPrecision = one.dividedBy(tau.square());
        Expr variance = sigma.square();
        Expr precision = m.data(count).dividedBy(variance).plus(priorPrecision);
        Expr centre = mu0.times(priorPrecision).plus(m.data(sum).dividedBy(variance)).dividedBy(precision);
        return m.normalGroup("mu_class", "z_class", count.length, mu0, tau, centre, one.dividedBy(precision.sqrt()));
    }

    private Expr sigmaPopulation(ModelBuilder m, int k, boolean[] centered, List<String> classes) {
        if (sigmaPopulation == SigmaPopulation.LOGNORMAL) {
            Expr sigma0 = tau(m, "sigma_0", sigmaScalePrior);
            Expr omega = m.positive("omega");
            m.halfNormal(omega, OMEGA_SCALE);
            Expr logSigma = m.normalGroup("log_sigma_class", "z_sigma", sigma0.log(), omega, centered);
            Expr sigma = logSigma.exp();
            m.output("sigma_class", sigma);
            m.labelElements("log_sigma_class", classes);
            m.labelElements("sigma_class", classes);
            return sigma;
        }
        Expr scale = tau(m, "s_sigma", sigmaScalePrior);
        Expr sigma = m.positiveVector("sigma_class", k);
        m.halfNormal(sigma, scale);
        m.labelElements("sigma_class", classes);
        return sigma;
    }

    /** A positive scalar under one of the tau prior families (a uniform prior bounds it). */
    static Expr tau(ModelBuilder m, String name, TauPrior prior) {
        Expr t = m.parameter(name, 1, false, prior.transform());
        double[] a = prior.arguments();
        switch (prior.family()) {
            case HALF_CAUCHY -> m.halfCauchy(t, m.constant(a[0]));
            case HALF_NORMAL -> m.halfNormal(t, a[0]);
            case UNIFORM -> m.uniform(t, m.constant(a[0]), m.constant(a[1]));
            case EXPONENTIAL -> m.exponential(t, m.constant(a[0]));
            case INV_GAMMA -> m.inverseGamma(t, m.constant(a[0]), m.constant(a[1]));
            case HALF_STUDENT_T -> m.halfStudentT(t, m.constant(a[0]), m.constant(a[1]));
            default -> throw new IllegalStateException(prior.toString());
        }
        return t;
    }
}
