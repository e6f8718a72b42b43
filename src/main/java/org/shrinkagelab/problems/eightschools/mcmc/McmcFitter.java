package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerRun;

/**
 * Runs the fits of the tab: one model with its diagnostics and exact reference, or the same model
 * under every hyperprior at once, each fit a parallel part of one job.
 */
public final class McmcFitter {
    private static final int EXACT_POINTS = 300;

    private McmcFitter() {
    }

    /**
     * Samples the model, then computes its diagnostics, densities and the exact p(tau | y) where it
     * exists; a run cancelled before its first kept draw ends in {@link CancelledException}.
     */
    public static McmcAnalysis fit(McmcRequest request, JobContext context) {
        SamplerRun run = ChainRunner.run(request.model(), request.sampler(), context);
        if (run.draws().shortestChain() == 0) {
            throw new CancelledException();
        }
        return analyse(request, run);
    }

    /** The analysis of a finished (or cancelled) run of the request. */
    public static McmcAnalysis analyse(McmcRequest request, SamplerRun run) {
        FitDiagnostics diagnostics = FitDiagnostics.of(run.draws(), run.stepSizes(), request.sampler().maxTreeDepth(),
                request.parameterization() == Parameterization.CENTERED, request.sampler().adaptDelta());
        return new McmcAnalysis(request.label(), run.draws(), diagnostics, exactTau(request, run.draws()));
    }

    /** The exact p(tau | y) on a grid covering the draws, or null for a Student-t population. */
    public static ExactTauCurve exactTau(McmcRequest request, Draws draws) {
        if (!request.hasExactReference()) {
            return null;
        }
        EightSchoolsExactPosterior exact = new EightSchoolsExactPosterior(request.data(), request.muPrior(),
                request.tauPrior());
        double hi = Math.min(request.tauPrior().upper(), exact.tauQuantile(0.995));
        double lo = request.tauPrior().lower();
        double[] grid = new double[EXACT_POINTS];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = lo + (hi - lo) * i / (grid.length - 1);
        }
        return new ExactTauCurve(grid, exact.tauDensity(grid), exact.tauMean(), exact.tauSd());
    }

    /**
     * Fits the request under each of the priors (chains of all fits in parallel parts, one part per
     * fit, reporting progress as that part) and overlays their posteriors.
     */
    public static SensitivityResult compare(McmcRequest request, List<TauPrior> priors, JobContext context) {
        List<PartTask<Draws>> parts = new ArrayList<>();
        for (TauPrior prior : priors) {
            McmcRequest r = request.withTauPrior(prior);
            parts.add(part -> ChainRunner.run(r.model(), r.sampler(), part).draws());
        }
        List<Draws> fits = context.parallel(parts);
        return SensitivityResult.of(priors, fits);
    }
}
