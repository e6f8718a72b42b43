package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.BenchmarkCase;

class PreviewRedrawCaseTest {

    @Test
    void thePreviewRedrawCaseFitsUpdatesAndDrawsWithoutError() {
        BenchmarkCase c = new EightSchoolsMcmcProblem().benchmarks().stream()
                .filter(b -> b.name().equals("preview-redraw")).findFirst().orElseThrow();
        assertEquals(0, c.run().apply(JobContext.none()).size());
    }
}
