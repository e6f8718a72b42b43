package org.shrinkagelab.problems.asteroids;

import java.util.List;
import java.util.Locale;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.model.Centering;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The asteroid models of log albedo by orbit class, declared on the {@link ModelBuilder}: complete pooling,
 * independent classes, the hierarchy (class means and class spreads both drawn from populations, so a class
 * of one asteroid borrows its spread as well as its mean) and a two-component mixture within each class
 * (dark C-types and bright S-types), its components ordered as low mean plus a positive gap so the labels
 * cannot switch. Vector names carry the class codes: {@code mu_class[MBA]}.
 *
 * @param kind             which model
 * @param data             the asteroids fitted
 * @param parameterization how the class means, log spreads and log gaps are sampled (by class: centered for the
 *                         classes of {@link ClassParameterization#CENTERED_FROM} asteroids or more)
 * @param mu0Prior         prior of mu_0 (and of each class mean when independent, of mu when pooled)
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
    /** Prior scale (half-normal) of a spread that has no population (pooled, independent, mixture components). */
    static final double SPREAD_SCALE = 1.0;
    /** Prior of the mixture's mean log gap between the bright and the dark component. */
    static final double LOG_GAP_MEAN = 0.0;
    static final double LOG_GAP_SD = 1.0;

    /** The models a user can pick. */
    public enum Kind {
        /** One mean and one spread for every asteroid. */
        POOLED,
        /** Each class on its own, no shared information. */
        INDEPENDENT,
        /** Class means and spreads drawn from populations. */
        HIERARCHICAL,
        /** A two-component normal mixture within each class, hierarchical in the dark component's mean. */
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
            case MIXTURE -> {
                Expr mu0 = m.real("mu_0");
                m.normal(mu0, mu0Prior.mean(), mu0Prior.sd());
                Expr tau = tau(m, "tau", tauPrior);
                Expr low = m.normalGroup("low_class", "z_low", mu0, tau, centered);
                Expr logGap0 = m.real("log_gap_0");
                m.normal(logGap0, LOG_GAP_MEAN, LOG_GAP_SD);
                Expr tauGap = m.positive("tau_gap");
                m.halfNormal(tauGap, OMEGA_SCALE);
                // non-centered whatever the parameterization: a gap is pinned down only where a class shows both
                // components, not by its count (centered from 10 asteroids: 44 divergences at 50 per class, seed 1)
                Expr logGap = m.normalGroup("log_gap_class", "z_gap", k, logGap0, tauGap, Centering.NONCENTERED);
                Expr gap = logGap.exp();
                m.output("gap_class", gap);
                Expr w = m.boundedVector("w_dark", k, 0, 1);
                m.uniform(w, m.constant(0), m.constant(1));
                Expr sDark = m.positive("sigma_dark");
                m.halfNormal(sDark, SPREAD_SCALE);
                Expr sBright = m.positive("sigma_bright");
                m.halfNormal(sBright, SPREAD_SCALE);
                for (String name : List.of("low_class", "log_gap_class", "gap_class", "w_dark")) {
                    m.labelElements(name, classes);
                }
                // every argument a scalar or indexed by class, so that the statement works class by class
                m.normalMixture(y, w.at(c), low.at(c), sDark, low.plus(gap).at(c), sBright);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return m.build();
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
