package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.BenchService;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;

/**
 * PSIS-LOO and a caller's part computed beside the diagnostic rows (on the sampler service's cores) give exactly
 * what they give computed one after another on one thread: the rows of the plain fit, and ModelChecks.loo of its
 * draws.
 */
class ModelFitBesideTest {
    private static final SamplerSettings SAMPLER = SamplerSettings.nuts(4, 150, 150, 11L);

    private static LogDensity model() {
        EightSchoolsMcmcProblem problem = new EightSchoolsMcmcProblem();
        return problem.model(problem.defaults());
    }

    @Test
    void looAndTheCallersPartBesideTheRowsEqualThemComputedAfterOnOneThread() {
        LogDensity model = model();
        ModelFit plain = ModelFit.sample(model, SAMPLER, JobContext.none());
        AtomicInteger besideRuns = new AtomicInteger();
        ModelFit.Analysed<String> parallel = BenchService.run("model-fit-beside", ctx ->
                ModelFit.sample(model, SAMPLER, ctx, null, true, part -> "beside " + besideRuns.incrementAndGet()));
        assertEquals(plain.summaries(), parallel.fit().summaries());
        assertEquals(plain.draws().parameters(), parallel.fit().draws().parameters());
        assertNotNull(parallel.loo(), "the eight schools model has a pointwise log-likelihood");
        assertEquals(ModelChecks.loo(model, plain.draws(), JobContext.none()), parallel.loo());
        assertEquals("beside 1", parallel.beside(), "the part runs once and its result is returned");
    }

    @Test
    void withoutLooOrAPartTheirResultsAreNull() {
        ModelFit.Analysed<Object> analysed = ModelFit.sample(model(), SamplerSettings.nuts(2, 50, 50, 3L),
                JobContext.none(), null, false, null);
        assertNull(analysed.loo());
        assertNull(analysed.beside());
        assertEquals(10, analysed.fit().summaries().size(), "mu, tau and the eight theta");
    }
}
