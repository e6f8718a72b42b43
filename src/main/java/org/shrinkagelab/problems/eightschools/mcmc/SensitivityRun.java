package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The summaries of one fit under another tau prior that the sensitivity comparison reports (the summary's
 * {@code sensitivity} block and the tab's overlaid posteriors).
 *
 * @param prior  the tau prior used
 * @param tau    summary of tau
 * @param theta1 summary of theta[1]
 */
public record SensitivityRun(TauPrior prior, ParameterSummary tau, ParameterSummary theta1) {

    /** Summarizes tau and theta[1] of a fit's draws (every chain cut to the shortest). */
    public static SensitivityRun of(TauPrior prior, Draws draws) {
        Draws equal = draws.truncatedToShortest();
        return new SensitivityRun(prior, Diagnostics.summarize("tau", equal.parameter("tau")),
                Diagnostics.summarize("theta[1]", equal.parameter("theta[1]")));
    }
}
