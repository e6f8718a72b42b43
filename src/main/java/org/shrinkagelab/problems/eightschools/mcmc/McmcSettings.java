package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.sample.SamplerKind;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.Settings;

/**
 * Everything an Eight Schools MCMC run needs: the model's choices, the sampler's settings and
 * whether to rerun under other tau priors for the sensitivity view.
 *
 * @param parameterization centered or non-centered school effects
 * @param muPrior          prior on mu
 * @param tauPrior         prior on tau
 * @param population       population distribution of the school effects
 * @param sampler          sampler, chains, warmup, draws, seed, adapt delta
 * @param sensitivity      true to rerun with each tau-prior family of {@link EightSchoolsMcmc#sensitivityPriors}
 */
public record McmcSettings(Parameterization parameterization, MuPrior muPrior, TauPrior tauPrior,
                           Population population, SamplerSettings sampler, boolean sensitivity) {

    /** The settings of the problem's options (names as in {@link EightSchoolsMcmcProblem#parameters()}). */
    public static McmcSettings from(Settings s) {
        SamplerSettings sampler = SamplerSettings.of(SamplerKind.parse(s.text("sampler")), s.integer("chains"),
                s.integer("warmup"), s.integer("draws"), s.longValue("seed")).withAdaptDelta(s.real("adapt-delta"));
        return new McmcSettings(Parameterization.parse(s.text("parameterization")), MuPrior.parse(s.text("mu-prior")),
                TauPrior.parse(s.text("tau-prior")), Population.parse(s.text("population")), sampler,
                "yes".equals(s.text("sensitivity")));
    }

    /** The model on the eight schools' data. */
    public EightSchoolsModel model() {
        return new EightSchoolsModel(EightSchoolsData.bundled(), parameterization, muPrior, tauPrior, population);
    }

    /** A copy with another tau prior. */
    public McmcSettings withTauPrior(TauPrior prior) {
        return new McmcSettings(parameterization, muPrior, prior, population, sampler, sensitivity);
    }
}
