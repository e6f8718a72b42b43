package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.RunPhases;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.Sensitivity;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The tab's runs on top of {@link EightSchoolsMcmc}: a fit turned into everything the figures show,
 * the short preview run, and the hyperprior comparison with each fit a parallel part of one job.
 */
public final class McmcFitter {
    private static final int EXACT_POINTS = 300;

    private McmcFitter() {
    }

    /**
     * Samples the model, then computes its diagnostics, densities and the exact p(tau | y) where it
     * exists; a run cancelled before its first kept draw ends in {@link CancelledException}.
     */
    public static McmcAnalysis fit(McmcSettings settings, JobContext context) {
        return fit(settings, context, null);
    }

    /** As {@link #fit(McmcSettings, JobContext)}, recording every iteration in {@code live} (may be null) as it is drawn. */
    public static McmcAnalysis fit(McmcSettings settings, JobContext context, LiveDraws live) {
        McmcResult result = EightSchoolsMcmc.run(withoutSensitivity(settings), context, live);
        if (result.draws().shortestChain() == 0) {
            throw new CancelledException();
        }
        return analyse(result, RunPhases.analysing(context, !result.draws().complete()));
    }

    /** The analysis of a finished (or cancelled) run. */
    public static McmcAnalysis analyse(McmcResult result) {
        return analyse(result, JobContext.none());
    }

    /** As {@link #analyse(McmcResult)}, honouring the cancellation of the analysis phase's context. */
    public static McmcAnalysis analyse(McmcResult result, JobContext context) {
        McmcSettings s = result.settings();
        FitDiagnostics diagnostics = FitDiagnostics.of(result.draws(), result.summaries(), result.run().stepSizes(),
                s.sampler().maxTreeDepth(), s.parameterization() == Parameterization.CENTERED,
                s.sampler().adaptDelta());
        ExactTauCurve exact = result.exact() == null ? null : exactTau(result.exact(), s.tauPrior());
        return new McmcAnalysis(label(s), result.draws(), diagnostics, exact,
                result.exact() == null ? null : result.exact()::muDensity, context);
    }

    /** The exact p(tau | y) on a grid from the prior's lower end to the 99.5% posterior quantile. */
    public static ExactTauCurve exactTau(EightSchoolsExactPosterior exact, TauPrior prior) {
        double hi = Math.min(prior.upper(), exact.tauQuantile(0.995));
        double lo = prior.lower();
        double[] grid = new double[EXACT_POINTS];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = lo + (hi - lo) * i / (grid.length - 1);
        }
        return new ExactTauCurve(grid, exact.tauDensity(grid), exact.tauMean(), exact.tauSd());
    }

    /** The same fit with at most 2 chains of 200 warmup iterations and 200 draws, for previews. */
    public static McmcSettings preview(McmcSettings settings) {
        return new McmcSettings(settings.parameterization(), settings.muPrior(), settings.tauPrior(),
                settings.population(), SamplerOptions.preview(settings.sampler()), false, settings.data());
    }

    /**
     * A short description for figure notes, e.g. "NUTS, non-centered, tau ~ half-cauchy:2, 4×1000"; the
     * prior of mu and the population are named only when they differ from the course's normal:0,20 and normal.
     */
    public static String label(McmcSettings s) {
        String mu = s.muPrior().equals(MuPrior.normal(0, 20)) ? "" : ", mu ~ " + s.muPrior();
        String population = s.population().isNormal() ? "" : ", " + s.population() + " population";
        return s.sampler().kind().name() + ", "
                + (s.parameterization() == Parameterization.CENTERED ? "centered" : "non-centered")
                + ", tau ~ " + s.tauPrior() + mu + population
                + String.format(Locale.ROOT, ", %d×%d", s.sampler().chains(), s.sampler().draws());
    }

    /**
     * Fits the model under each of the priors, one parallel part per fit (its chains run inside the
     * part, reporting progress as that part), and overlays their posteriors; a cancel keeps what each
     * fit drew, marked incomplete.
     */
    public static SensitivityResult compare(McmcSettings settings, List<TauPrior> priors, JobContext context) {
        List<EightSchoolsModel> models = new ArrayList<>();
        for (TauPrior prior : priors) {
            models.add(settings.withTauPrior(prior).model());
        }
        return SensitivityResult.of(priors, Sensitivity.sampleEach(models, settings.sampler(), context));
    }

    private static McmcSettings withoutSensitivity(McmcSettings s) {
        return s.sensitivity() ? new McmcSettings(s.parameterization(), s.muPrior(), s.tauPrior(), s.population(),
                s.sampler(), false, s.data()) : s;
    }
}
