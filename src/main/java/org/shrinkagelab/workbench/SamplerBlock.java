package org.shrinkagelab.workbench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerRun;

/** The {@code sampler} block of the {@code summary} JSON shape (DESIGN.md), the same for every workbench problem. */
public final class SamplerBlock {
    private SamplerBlock() {
    }

    /**
     * The block of a run: algorithm, chains, warmup, draws, complete, divergences, max_treedepth_hits,
     * ebfmi, step_size and seconds. Statistics a sampler does not have (random-walk Metropolis has no
     * energy, static HMC no tree) are left out.
     */
    public static Map<String, Object> of(SamplerRun run, double[] ebfmi, double seconds) {
        Draws draws = run.draws();
        Map<String, Object> sampler = new LinkedHashMap<>();
        sampler.put("algorithm", run.settings().kind().id());
        sampler.put("chains", run.settings().chains());
        sampler.put("warmup", run.settings().warmup());
        sampler.put("draws", draws.shortestChain());
        sampler.put("complete", draws.complete());
        if (draws.hasStat("divergent__")) {
            sampler.put("divergences", run.divergences());
        }
        if (draws.hasStat("treedepth__")) {
            sampler.put("max_treedepth_hits", run.maxTreeDepthHits());
        }
        if (draws.hasStat("energy__")) {
            sampler.put("ebfmi", ebfmi);
        }
        sampler.put("step_size", run.stepSizes());
        sampler.put("seconds", seconds);
        return sampler;
    }
}
