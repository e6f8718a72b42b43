package org.shrinkagelab.problems.eightschools.mcmc;

import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.model.PriorPredictive;

/**
 * Eight Schools for simulation-based calibration: mu, tau and theta drawn from the priors and population, effects
 * y_j ~ Normal(theta_j, sigma_j) at the data's standard errors, and the model fitted to them. The fitted tau prior
 * may differ from the simulating one, to check that SBC detects a mis-specified fit.
 */
public final class EightSchoolsPriorPredictive implements PriorPredictive {
    private final EightSchoolsData data;
    private final Parameterization parameterization;
    private final MuPrior muPrior;
    private final TauPrior tauPrior;
    private final Population population;
    private final TauPrior fittedTauPrior;

    /** Simulates from and fits the model with these choices, at the standard errors of {@code data}. */
    public EightSchoolsPriorPredictive(EightSchoolsData data, Parameterization parameterization, MuPrior muPrior,
            TauPrior tauPrior, Population population) {
        this(data, parameterization, muPrior, tauPrior, population, tauPrior);
    }

    private EightSchoolsPriorPredictive(EightSchoolsData data, Parameterization parameterization, MuPrior muPrior,
            TauPrior tauPrior, Population population, TauPrior fittedTauPrior) {
        EightSchoolsPriorDraws.requireProper(muPrior);
        this.data = data;
        this.parameterization = parameterization;
        this.muPrior = muPrior;
        this.tauPrior = tauPrior;
        this.population = population;
        this.fittedTauPrior = fittedTauPrior;
    }

    /** The course's model (mu ~ Normal(0, 20), tau ~ HalfCauchy(2), normal population) at the bundled standard errors. */
    public static EightSchoolsPriorPredictive standard(Parameterization parameterization) {
        return new EightSchoolsPriorPredictive(EightSchoolsData.bundled(), parameterization, MuPrior.normal(0, 20),
                TauPrior.halfCauchy(2), Population.normal());
    }

    /** The same simulation, fitted under another tau prior (a deliberately mis-specified fit when it differs). */
    public EightSchoolsPriorPredictive fittedWith(TauPrior fitted) {
        return new EightSchoolsPriorPredictive(data, parameterization, muPrior, tauPrior, population, fitted);
    }

    @Override
    public Simulated simulate(UniformRandomProvider rng) {
        double mu = EightSchoolsPriorDraws.mu(muPrior, rng);
        double tau = EightSchoolsPriorDraws.tau(tauPrior, rng);
        double[] sigma = data.stderrs();
        int j = sigma.length;
        double[] truth = new double[2 + j];
        double[] y = new double[j];
        truth[0] = mu;
        truth[1] = tau;
        for (int s = 0; s < j; s++) {
            truth[2 + s] = EightSchoolsPriorDraws.theta(population, mu, tau, rng);
            y[s] = truth[2 + s] + sigma[s] * EightSchoolsPriorDraws.gaussian(rng);
        }
        EightSchoolsData simulated = new EightSchoolsData(data.schools(), y, sigma);
        return new Simulated(new EightSchoolsModel(simulated, parameterization, muPrior, fittedTauPrior, population),
                truth);
    }
}
