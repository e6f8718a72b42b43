package org.shrinkagelab.problems.groups;

import java.util.Map;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.ModelFit;
import org.shrinkagelab.workbench.SamplerOptions;

/** Fits the groups model for the tab (off the FX thread) and analyses the fit for the workbench's views. */
public final class GroupsFit {
    private GroupsFit() {
    }

    /** The sampler settings of a full run or, when {@code preview}, of the workbench's short preview. */
    public static SamplerSettings sampler(Settings settings, boolean preview) {
        SamplerSettings full = SamplerOptions.samplerSettings(settings);
        return preview ? SamplerOptions.preview(full) : full;
    }

    /** What was run, for titles, e.g. "NUTS, noncentered, J = 8". */
    public static String label(Settings settings, boolean preview) {
        return settings.text(SamplerOptions.SAMPLER).toUpperCase(java.util.Locale.ROOT) + ", "
                + settings.text(SamplerOptions.PARAMETERIZATION) + ", J = " + GroupsProblem.data(settings).groups()
                + (preview ? " (preview)" : "");
    }

    /** Samples the model under the settings, recording every iteration in {@code live} (may be null), and analyses it. */
    public static FitAnalysis analyse(GroupsProblem problem, Settings settings, boolean preview, LiveDraws live,
                                      JobContext context) {
        SamplerSettings sampler = sampler(settings, preview);
        ModelFit fit = ModelFit.sample(problem.model(settings), sampler, context, live);
        FitDiagnostics diagnostics = FitDiagnostics.of(fit.draws(), fit.summaries(), fit.run().stepSizes(),
                sampler.maxTreeDepth(), GroupsProblem.centering(settings) == org.shrinkagelab.engine.model.Centering.CENTERED,
                sampler.adaptDelta());
        return new FitAnalysis(label(settings, preview), fit.draws(), diagnostics,
                Map.of("log(tau)", FitAnalysis.logOf(fit.draws(), "tau")));
    }
}
