package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.TauPriorChoice;

/**
 * Everything an Eight Schools MCMC run needs: the model's choices, the sampler's settings and
 * whether to rerun under other tau priors for the sensitivity view.
 *
 * @param parameterization centered or non-centered school effects
 * @param muPrior          prior on mu
 * @param tauPrior         prior on tau
 * @param population       population distribution of the school effects
 * @param sampler          sampler, chains, warmup, draws, seed, adapt delta
 * @param sensitivity      true to rerun with each tau-prior family of {@link TauPriorChoice#comparisonSet()}
 * @param data             the schools the model is fitted to
 */
public record McmcSettings(Parameterization parameterization, MuPrior muPrior, TauPrior tauPrior,
                           Population population, SamplerSettings sampler, boolean sensitivity,
                           EightSchoolsData data) {
    /** The option of the tau hyperprior, text such as half-cauchy:2. */
    public static final String TAU_PRIOR = "tau-prior";
    /** The option of the prior of mu, text such as normal:0,20. */
    public static final String MU_PRIOR = "mu-prior";
    /** The option of the population distribution, normal or student-t:NU. */
    public static final String POPULATION = "population";

    /** Settings fitted to the bundled eight schools. */
    public McmcSettings(Parameterization parameterization, MuPrior muPrior, TauPrior tauPrior,
                        Population population, SamplerSettings sampler, boolean sensitivity) {
        this(parameterization, muPrior, tauPrior, population, sampler, sensitivity, EightSchoolsData.bundled());
    }

    /** The settings of the problem's options (names as in {@link EightSchoolsMcmcProblem#parameters()}), bundled data. */
    public static McmcSettings from(Settings s) {
        return from(s, EightSchoolsData.bundled());
    }

    /** The settings of the problem's options, fitted to the given schools. */
    public static McmcSettings from(Settings s, EightSchoolsData data) {
        SamplerSettings sampler = SamplerOptions.samplerSettings(s);
        return new McmcSettings(Parameterization.parse(s.text(SamplerOptions.PARAMETERIZATION)), MuPrior.parse(s.text(MU_PRIOR)),
                TauPrior.parse(s.text(TAU_PRIOR)), Population.parse(s.text(POPULATION)), sampler,
                "yes".equals(s.text("sensitivity")), data);
    }

    /** The model on these settings' data. */
    public EightSchoolsModel model() {
        return new EightSchoolsModel(data, parameterization, muPrior, tauPrior, population);
    }

    /** A copy with another tau prior. */
    public McmcSettings withTauPrior(TauPrior prior) {
        return new McmcSettings(parameterization, muPrior, prior, population, sampler, sensitivity, data);
    }
}
