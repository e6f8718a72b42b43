package org.shrinkagelab.bench;

import org.shrinkagelab.data.EightSchoolsData;
import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.model.Transform;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.stats.Normal;

/**
 * The Eight Schools model as it was hand-coded before it became a declaration, kept as the reference the
 * declared model's gradient is compared with bit for bit, and as the benchmark's baseline.
 * The hierarchical model y_j ~ Normal(theta_j, sigma_j), theta_j ~ population(mu, tau), mu ~ mu prior,
 * tau ~ tau prior, on the unconstrained coordinates q = (mu, u, x_1..x_J) where tau = transform(u) and
 * x_j is theta_j (centered) or eta_j (non-centered, theta_j = mu + tau eta_j). The log density is the
 * full normalized log joint plus the log Jacobian of the tau transform (log tau, or Stan's logit
 * Jacobian for a uniform prior). Stan's lp__ for the same model written with {@code ~} statements
 * differs by a constant: the terms it drops are those free of parameters, i.e. -log(sigma_j sqrt(2 pi))
 * of the likelihood, the mu prior's -log(S sqrt(2 pi)), the tau prior's normalizing constant (such as
 * log(2/pi) - log S for half-Cauchy, log 2 for a half density, lgamma terms for inverse-gamma and
 * half-Student-t) and the population's -J log sqrt(2 pi) (or its Student-t constant); -J log tau of a
 * centered population is kept, as in Stan. Immutable and thread-safe: every scratch value lives on the stack.
 */
public final class HandCodedEightSchoolsModel implements LogDensity {
    private final Parameterization parameterization;
    private final MuPrior muPrior;
    private final TauPrior tauPrior;
    private final Population population;
    private final Transform tauTransform;
    private final boolean logTransform;
    private final double[] y;
    private final double[] sigma;
    private final double[] precision;
    private final double likelihoodConstant;
    private final List<String> outputNames;

    /** The model for the data under the given choices. */
    public HandCodedEightSchoolsModel(EightSchoolsData data, Parameterization parameterization, MuPrior muPrior,
            TauPrior tauPrior, Population population) {
        this.parameterization = parameterization;
        this.muPrior = muPrior;
        this.tauPrior = tauPrior;
        this.population = population;
        this.tauTransform = tauPrior.transform();
        this.logTransform = tauPrior.family() != TauPrior.Family.UNIFORM;
        this.y = data.effects();
        this.sigma = data.stderrs();
        this.precision = new double[y.length];
        double constant = 0;
        for (int j = 0; j < y.length; j++) {
            precision[j] = 1 / (sigma[j] * sigma[j]);
            constant += Normal.logPdf(0, 0, sigma[j]);
        }
        this.likelihoodConstant = constant;
        List<String> names = new ArrayList<>(List.of("mu", "tau"));
        for (int j = 1; j <= y.length; j++) {
            names.add("theta[" + j + "]");
        }
        this.outputNames = List.copyOf(names);
    }

    /** The course's default: eight schools, non-centered, mu ~ Normal(0, 20), tau ~ HalfCauchy(2), normal population. */
    public static HandCodedEightSchoolsModel standard(Parameterization parameterization) {
        return new HandCodedEightSchoolsModel(EightSchoolsData.bundled(), parameterization, MuPrior.normal(0, 20),
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

    /** Number of schools J. */
    public int schools() {
        return y.length;
    }

    @Override
    public int dimension() {
        return 2 + y.length;
    }

    /** Names of the unconstrained coordinates: mu, log_tau (or logit_tau), theta[j] or eta[j]. */
    public List<String> coordinateNames() {
        List<String> names = new ArrayList<>(List.of("mu", logTransform ? "log_tau" : "logit_tau"));
        String x = parameterization == Parameterization.CENTERED ? "theta[" : "eta[";
        for (int j = 1; j <= y.length; j++) {
            names.add(x + j + "]");
        }
        return names;
    }

    /** The unconstrained point for mu, tau (inside the prior's support) and the school effects theta. */
    public double[] unconstrain(double mu, double tau, double[] theta) {
        if (theta.length != y.length) {
            throw new IllegalArgumentException("need " + y.length + " school effects, got " + theta.length);
        }
        double[] q = new double[dimension()];
        q[0] = mu;
        q[1] = tauTransform.unconstrain(tau);
        for (int j = 0; j < y.length; j++) {
            q[2 + j] = parameterization == Parameterization.CENTERED ? theta[j] : (theta[j] - mu) / tau;
        }
        return q;
    }

    @Override
    public double logDensityGradient(double[] q, double[] gradient) {
        double mu = q[0];
        double u = q[1];
        double tau = tauTransform.constrain(u);
        double logTau = logTransform ? u : Math.log(tau);
        double lp = muPrior.logDensity(mu) + tauPrior.logDensity(tau) + tauTransform.logJacobian(u)
                + likelihoodConstant;
        double gMu = muPrior.dLogDensity(mu);
        double gTau = tauPrior.dLogDensity(tau);
        int n = y.length;
        if (parameterization == Parameterization.CENTERED) {
            for (int j = 0; j < n; j++) {
                double theta = q[2 + j];
                double residual = y[j] - theta;
                lp += population.logPdf(theta, mu, tau, logTau) - 0.5 * residual * residual * precision[j];
                double gPop = population.dx(theta, mu, tau);
                gradient[2 + j] = gPop + residual * precision[j];
                gMu -= gPop;
                gTau += population.dScale(theta, mu, tau);
            }
        } else {
            for (int j = 0; j < n; j++) {
                double eta = q[2 + j];
                double residual = y[j] - (mu + tau * eta);
                double r = residual * precision[j];
                lp += population.logPdf(eta, 0, 1, 0) - 0.5 * residual * r;
                gradient[2 + j] = population.dx(eta, 0, 1) + r * tau;
                gMu += r;
                gTau += r * eta;
            }
        }
        gradient[0] = gMu;
        gradient[1] = gTau * tauTransform.derivative(u) + tauTransform.logJacobianDerivative(u);
        return lp;
    }

    @Override
    public List<String> outputNames() {
        return outputNames;
    }

    @Override
    public void outputs(double[] q, double[] out) {
        double mu = q[0];
        double tau = tauTransform.constrain(q[1]);
        out[0] = mu;
        out[1] = tau;
        for (int j = 0; j < y.length; j++) {
            out[2 + j] = parameterization == Parameterization.CENTERED ? q[2 + j] : mu + tau * q[2 + j];
        }
    }

    /** A one-line description, e.g. "noncentered, mu ~ normal:0,20, tau ~ half-cauchy:2, population normal". */
    @Override
    public String toString() {
        return parameterization + ", mu ~ " + muPrior + ", tau ~ " + tauPrior + ", population " + population;
    }
}
