package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.List;
import java.util.Map;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerRun;

/**
 * What an Eight Schools MCMC run produced.
 *
 * @param settings    what was run
 * @param model       the model sampled
 * @param run         the sampler's draws, step sizes and adapted metrics
 * @param summaries   one row per reported quantity (mu, tau, theta[1..8]) with all diagnostics
 * @param ebfmi       E-BFMI per chain (empty for samplers without an energy statistic)
 * @param exact       the quadrature posterior for the same priors (null unless the population is normal)
 * @param loo         PSIS-LOO of the draws (null unless the run was asked for it)
 * @param sensitivity runs under other tau priors keyed by family id (empty unless asked for)
 * @param seconds     wall time of the whole computation
 */
public record McmcResult(McmcSettings settings, EightSchoolsModel model, SamplerRun run,
                         List<ParameterSummary> summaries, double[] ebfmi, EightSchoolsExactPosterior exact,
                         LooResult loo, Map<String, SensitivityRun> sensitivity, double seconds) {

    /** The kept draws (a shortcut for {@code run().draws()}). */
    public Draws draws() {
        return run.draws();
    }

    /** The summary row of a quantity by name, e.g. {@code tau} or {@code theta[1]}. */
    public ParameterSummary summary(String name) {
        return summaries.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }
}
