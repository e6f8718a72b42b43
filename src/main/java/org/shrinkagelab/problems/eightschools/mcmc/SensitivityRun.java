package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.SamplerRun;

/**
 * The same sampler run under another tau prior, for the sensitivity view.
 *
 * @param prior  the tau prior used
 * @param run    its draws (the tab overlays their tau histograms)
 * @param tau    summary of tau
 * @param theta1 summary of theta[1]
 */
public record SensitivityRun(TauPrior prior, SamplerRun run, ParameterSummary tau, ParameterSummary theta1) {
}
