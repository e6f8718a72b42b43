package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.model.Centering;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.engine.model.PointwiseLogLikelihood;
import org.shrinkagelab.engine.model.PriorPredictive;
import org.shrinkagelab.engine.model.ReplicatedData;
import org.shrinkagelab.engine.model.Transform;
import org.shrinkagelab.engine.model.Unconstrain;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The hierarchical model y_j ~ Normal(theta_j, sigma_j), theta_j ~ population(mu, tau), mu ~ mu prior,
 * tau ~ tau prior, declared on {@link ModelBuilder}, on the unconstrained coordinates q = (mu, u, x_1..x_J)
 * where tau = transform(u) and x_j is theta_j (centered) or eta_j (non-centered, theta_j = mu + tau eta_j).
 * The log density is the full normalized log joint plus the log Jacobian of the tau transform (log tau,
 * or Stan's logit Jacobian for a uniform prior). Stan's lp__ for the same model written with {@code ~}
 * statements differs by a constant: the terms it drops are those free of parameters, i.e.
 * -log(sigma_j sqrt(2 pi)) of the likelihood, the mu prior's -log(S sqrt(2 pi)), the tau prior's
 * normalizing constant (such as log(2/pi) - log S for half-Cauchy, log 2 for a half density, lgamma terms
 * for inverse-gamma and half-Student-t) and the population's -J log sqrt(2 pi) (or its Student-t
 * constant); -J log tau of a centered population is kept, as in Stan. The pointwise log-likelihood is
 * log Normal(y_j | theta_j, sigma_j) per school. Immutable and thread-safe.
 */
public final class EightSchoolsModel implements LogDensity, PointwiseLogLikelihood, ReplicatedData, PriorPredictive,
        Unconstrain {
    private final EightSchoolsData data;
    private final Parameterization parameterization;
    private final MuPrior muPrior;
    private final TauPrior tauPrior;
    private final Population population;
    private final Transform tauTransform;
    private final DeclaredModel model;

    /** The model for the data under the given choices. */
    public EightSchoolsModel(EightSchoolsData data, Parameterization parameterization, MuPrior muPrior,
            TauPrior tauPrior, Population population) {
        this.data = data;
        this.parameterization = parameterization;
        this.muPrior = muPrior;
        this.tauPrior = tauPrior;
        this.population = population;
        this.tauTransform = tauPrior.transform();
        this.model = declare(data, parameterization, muPrior, tauPrior, population);
    }

    private static DeclaredModel declare(EightSchoolsData data, Parameterization parameterization, MuPrior muPrior,
            TauPrior tauPrior, Population population) {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.parameter("tau", 1, false, tauPrior.transform());
        muPrior.declare(m, mu);
        tauPrior.declare(m, tau);
        Centering centering = parameterization.centering();
        int schools = data.size();
        Expr theta = population.isNormal() ? m.normalGroup("theta", "eta", schools, mu, tau, centering)
                : m.studentTGroup("theta", "eta", schools, population.nu(), mu, tau, centering);
        m.normal(m.data(data.effects()), theta, m.data(data.stderrs()));
        return m.build();
    }

    /** The course's default: eight schools, non-centered, mu ~ Normal(0, 20), tau ~ HalfCauchy(2), normal population. */
    public static EightSchoolsModel standard(Parameterization parameterization) {
        return new EightSchoolsModel(EightSchoolsData.bundled(), parameterization, MuPrior.normal(0, 20),
                TauPrior.halfCauchy(2), Population.normal());
    }

    /** The parameterization. */
    public Parameterization parameterization() {
        return parameterization;
    }

    /** The prior on mu. */
    public MuPrior muPrior() {
        return muPrior;
    }

    /** The prior on tau. */
    public TauPrior tauPrior() {
        return tauPrior;
    }

    /** The population distribution. */
    public Population population() {
        return population;
    }

    /** The data the model is conditioned on. */
    public EightSchoolsData data() {
        return data;
    }

    /** Number of schools J. */
    public int schools() {
        return data.size();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    /** Names of the unconstrained coordinates: mu, log_tau (or logit_tau), theta[j] or eta[j]. */
    public List<String> coordinateNames() {
        return model.coordinateNames();
    }

    /** The unconstrained point for mu, tau (inside the prior's support) and the school effects theta. */
    public double[] unconstrain(double mu, double tau, double[] theta) {
        int schools = schools();
        if (theta.length != schools) {
            throw new IllegalArgumentException("need " + schools + " school effects, got " + theta.length);
        }
        double[] q = new double[dimension()];
        q[0] = mu;
        q[1] = tauTransform.unconstrain(tau);
        for (int j = 0; j < schools; j++) {
            q[2 + j] = parameterization == Parameterization.CENTERED ? theta[j] : (theta[j] - mu) / tau;
        }
        return q;
    }

    /** The declaration's copy for one chain: the same density, gradient and outputs, without a per-call thread lookup. */
    @Override
    public LogDensity forThread() {
        return model.forThread();
    }

    @Override
    public void unconstrain(double[] outputs, double[] q) {
        model.unconstrain(outputs, q);
    }

    @Override
    public double logDensityGradient(double[] q, double[] gradient) {
        return model.logDensityGradient(q, gradient);
    }

    @Override
    public List<String> outputNames() {
        return model.outputNames();
    }

    @Override
    public void outputs(double[] q, double[] out) {
        model.outputs(q, out);
    }

    @Override
    public int observations() {
        return model.observations();
    }

    @Override
    public List<String> observationNames() {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= schools(); j++) {
            names.add("log_lik[" + j + "]");
        }
        return names;
    }

    @Override
    public void logLikelihood(double[] q, double[] out) {
        model.logLikelihood(q, out);
    }

    @Override
    public double[] observed() {
        return model.observed();
    }

    @Override
    public void replicate(double[] q, UniformRandomProvider rng, double[] out) {
        model.replicate(q, rng, out);
    }

    /**
     * mu, tau and the school effects drawn from the prior, and this model conditioned on effects drawn
     * around them with the same standard errors; the flat mu prior cannot be drawn from and is refused.
     */
    @Override
    public Simulated simulate(UniformRandomProvider rng) {
        if (muPrior.isFlat()) {
            throw new IllegalStateException("the flat prior on mu is improper: prior draws need a normal mu prior");
        }
        Simulated simulated = model.simulate(rng);
        double[] effects = ((DeclaredModel) simulated.model()).observed();
        EightSchoolsData simulatedData = new EightSchoolsData(data.schools(), effects, data.stderrs());
        return new Simulated(new EightSchoolsModel(simulatedData, parameterization, muPrior, tauPrior, population),
                simulated.truth());
    }

    /** A one-line description, e.g. "noncentered, mu ~ normal:0,20, tau ~ half-cauchy:2, population normal". */
    @Override
    public String toString() {
        return parameterization + ", mu ~ " + muPrior + ", tau ~ " + tauPrior + ", population " + population;
    }
}
