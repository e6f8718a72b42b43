package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * The tab's runs on top of {@link EightSchoolsMcmc}: a fit turned into everything the figures show,
 * the short preview run, and the hyperprior comparison with each fit a parallel part of one job.
 */
public final class McmcFitter {
    /** Chains of the quick run shown while a slider is dragged. */
    public static final int PREVIEW_CHAINS = 2;
    /** Warmup and draws per chain of the quick run. */
    public static final int PREVIEW_ITERATIONS = 200;
    private static final int EXACT_POINTS = 300;

    private McmcFitter() {
    }

    /**
     * Samples the model, then computes its diagnostics, densities and the exact p(tau | y) where it
     * exists; a run cancelled before its first kept draw ends in {@link CancelledException}.
     */
    public static McmcAnalysis fit(McmcSettings settings, JobContext context) {
        McmcResult result = EightSchoolsMcmc.run(withoutSensitivity(settings), context);
        if (result.draws().shortestChain() == 0) {
            throw new CancelledException();
        }
        return analyse(result);
    }

    /** The analysis of a finished (or cancelled) run. */
    public static McmcAnalysis analyse(McmcResult result) {
        McmcSettings s = result.settings();
        FitDiagnostics diagnostics = FitDiagnostics.of(result.draws(), result.summaries(), result.run().stepSizes(),
                s.sampler().maxTreeDepth(), s.parameterization() == Parameterization.CENTERED,
                s.sampler().adaptDelta());
        ExactTauCurve exact = result.exact() == null ? null : exactTau(result.exact(), s.tauPrior());
        return new McmcAnalysis(label(s), result.draws(), diagnostics, exact,
                result.exact() == null ? null : result.exact()::muDensity);
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
        SamplerSettings s = settings.sampler();
        SamplerSettings quick = new SamplerSettings(s.kind(), Math.min(PREVIEW_CHAINS, s.chains()),
                Math.min(PREVIEW_ITERATIONS, s.warmup()), Math.min(PREVIEW_ITERATIONS, s.draws()), s.seed(),
                s.adaptDelta(), s.maxTreeDepth(), s.integrationTime());
        return new McmcSettings(settings.parameterization(), settings.muPrior(), settings.tauPrior(),
                settings.population(), quick, false);
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

    /** The priors compared: one per family as {@link EightSchoolsMcmc#sensitivityPriors()}, the chosen one in its family's place. */
    public static List<TauPrior> comparisonPriors(TauPrior chosen) {
        List<TauPrior> priors = new ArrayList<>();
        for (TauPrior p : EightSchoolsMcmc.sensitivityPriors()) {
            priors.add(p.family() == chosen.family() ? chosen : p);
        }
        return priors;
    }

    /**
     * Fits the model under each of the priors, one parallel part per fit (its chains run inside the
     * part, reporting progress as that part), and overlays their posteriors; a cancel keeps what each
     * fit drew, marked incomplete.
     */
    public static SensitivityResult compare(McmcSettings settings, List<TauPrior> priors, JobContext context) {
        List<PartTask<Draws>> parts = new ArrayList<>();
        for (TauPrior prior : priors) {
            McmcSettings s = settings.withTauPrior(prior);
            parts.add(part -> ChainRunner.run(s.model(), s.sampler(), part).draws());
        }
        List<Draws> fits = context.parallel(parts);
        for (Draws d : fits) {
            if (d.shortestChain() < 2) {
                throw new CancelledException();
            }
        }
        return SensitivityResult.of(priors, fits);
    }

    private static McmcSettings withoutSensitivity(McmcSettings s) {
        return s.sensitivity() ? new McmcSettings(s.parameterization(), s.muPrior(), s.tauPrior(), s.population(),
                s.sampler(), false) : s;
    }
}
