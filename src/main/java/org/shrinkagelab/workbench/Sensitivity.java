package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerSettings;

/** The sensitivity run: the same sampler on several variants of a model (other hyperpriors), to overlay their posteriors. */
public final class Sensitivity {
    private Sensitivity() {
    }

    /**
     * Samples each model as one parallel part (its chains run inside the part, reporting progress as that
     * part); a cancel keeps what each fit drew, marked incomplete, unless a fit has fewer than 2 draws per
     * chain, which ends in {@link CancelledException}.
     */
    public static List<Draws> sampleEach(List<? extends LogDensity> models, SamplerSettings sampler,
                                         JobContext context) {
        List<PartTask<Draws>> parts = new ArrayList<>();
        for (LogDensity model : models) {
            parts.add(part -> ChainRunner.run(model, sampler, part).draws());
        }
        List<Draws> fits = context.parallel(parts);
        for (Draws d : fits) {
            if (d.shortestChain() < 2) {
                throw new CancelledException();
            }
        }
        return fits;
    }
}
