package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * One fit of the Eight Schools hierarchical model: the data, the model's choices and the sampler's
 * settings.
 *
 * @param data             the schools' estimates and standard errors
 * @param parameterization centered or non-centered
 * @param muPrior          prior of the population mean
 * @param tauPrior         prior of the population scale
 * @param population       distribution of the school effects around mu
 * @param sampler          sampler, chains, warmup, draws, seed, adapt_delta
 */
public record McmcRequest(EightSchoolsData data, Parameterization parameterization, MuPrior muPrior,
                          TauPrior tauPrior, Population population, SamplerSettings sampler) {
    /** Chains of the quick run shown while a slider is dragged. */
    public static final int PREVIEW_CHAINS = 2;
    /** Warmup and draws per chain of the quick run. */
    public static final int PREVIEW_ITERATIONS = 200;

    /** The model to sample. */
    public EightSchoolsModel model() {
        return new EightSchoolsModel(data, parameterization, muPrior, tauPrior, population);
    }

    /** The same fit with fewer chains and iterations (2 x (200 warmup + 200 draws)), for previews. */
    public McmcRequest preview() {
        SamplerSettings s = sampler;
        SamplerSettings quick = new SamplerSettings(s.kind(), Math.min(PREVIEW_CHAINS, s.chains()),
                Math.min(PREVIEW_ITERATIONS, s.warmup()), Math.min(PREVIEW_ITERATIONS, s.draws()), s.seed(),
                s.adaptDelta(), s.maxTreeDepth(), s.integrationTime());
        return new McmcRequest(data, parameterization, muPrior, tauPrior, population, quick);
    }

    /** The same fit under another tau prior. */
    public McmcRequest withTauPrior(TauPrior prior) {
        return new McmcRequest(data, parameterization, muPrior, prior, population, sampler);
    }

    /** Tells whether the exact p(tau | y) exists for this model (normal population). */
    public boolean hasExactReference() {
        return population.isNormal();
    }

    /** A short description for figure notes, e.g. "NUTS, non-centered, tau ~ half-cauchy:2, 4 x 1000 draws". */
    public String label() {
        return sampler.kind().name() + ", " + (parameterization == Parameterization.CENTERED ? "centered" : "non-centered")
                + ", tau ~ " + tauPrior + ", mu ~ " + muPrior
                + (population.isNormal() ? "" : ", " + population) + ", " + sampler.chains() + " × "
                + sampler.draws() + " draws";
    }
}
