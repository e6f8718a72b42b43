package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.data.EightSchoolsData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.SamplerRun;
import org.shrinkagelab.problems.BenchService;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.workbench.ModelChecks;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.SamplerBlock;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.TauPriorChoice;
import org.shrinkagelab.workbench.WorkbenchProblem;

/**
 * Eight Schools sampled by MCMC: the hierarchical model with a choice of priors, population and
 * parameterization, sampled by NUTS (or static HMC, random-walk Metropolis), summarized with
 * R-hat, ESS and MCSE, and compared with the exact quadrature posterior.
 */
public final class EightSchoolsMcmcProblem extends WorkbenchProblem {
    /** The problem's id on the command line. */
    public static final String ID = "eight-schools-mcmc";

    private final EightSchoolsData data;

    /** The problem on the bundled eight schools. */
    public EightSchoolsMcmcProblem() {
        this(EightSchoolsData.bundled());
    }

    /** The problem on other schools of the same shape (a user's {@code school,effect,stderr} file). */
    public EightSchoolsMcmcProblem(EightSchoolsData data) {
        this.data = data;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Eight Schools — MCMC";
    }

    @Override
    protected List<ParameterSpec> modelParameters() {
        return List.of(
                SamplerOptions.parameterization(null, Parameterization.NONCENTERED),
                ParameterSpec.text("mu-prior", "Prior on mu", MuPrior.ALLOWED, "normal:0,20", MuPrior::parse),
                ParameterSpec.text("tau-prior", "Prior on tau", TauPrior.ALLOWED, "half-cauchy:2", TauPrior::parse),
                ParameterSpec.text("population", "Population", Population.ALLOWED, "normal", Population::parse));
    }

    /**
     * 0.95, as posteriordb's reference runs of Eight Schools: at Stan's 0.8 the non-centered fit still shows a
     * few divergences (20 in 10 seeds of 4 × 1000 draws; 6 at 0.9, 2 at 0.95) for about 1.6 times the gradients.
     */
    @Override
    protected double defaultAdaptDelta() {
        return 0.95;
    }

    @Override
    protected List<ParameterSpec> extraParameters() {
        return List.of(ParameterSpec.choice("sensitivity", "Tau-prior sensitivity", List.of("no", "yes"), "no"));
    }

    @Override
    public EightSchoolsModel model(Settings settings) {
        return McmcSettings.from(settings, data).model();
    }

    /** mu, tau -> theta_j -> y_j <- sigma_j, plate j = 1..8, whichever the parameterization. */
    @Override
    public DagFigure.Graph dag(Settings settings) {
        return graph();
    }

    /** The Eight Schools graph: mu, tau -> theta_j -> y_j <- sigma_j, plate j = 1..8. */
    public static DagFigure.Graph graph() {
        return new DagFigure.Graph(List.of(
                new DagFigure.Node("mu", "μ", DagFigure.Kind.LATENT, null, 0, 0),
                new DagFigure.Node("tau", "τ", DagFigure.Kind.LATENT, null, 1, 0),
                new DagFigure.Node("theta", "θ_j", DagFigure.Kind.LATENT, "j", 0.5, 1),
                new DagFigure.Node("y", "y_j", DagFigure.Kind.OBSERVED, "j", 0.5, 2),
                new DagFigure.Node("sigma", "σ_j", DagFigure.Kind.FIXED, "j", 1.3, 2)),
                List.of(new DagFigure.Edge("mu", "theta"), new DagFigure.Edge("tau", "theta"),
                        new DagFigure.Edge("theta", "y"), new DagFigure.Edge("sigma", "y")),
                List.of(new DagFigure.Plate("j", "j = 1..8", null)));
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        return summary(settings, EightSchoolsMcmc.run(McmcSettings.from(settings, data), context, null, true));
    }

    /**
     * The summary of a finished (or cancelled) run under the given settings, in the shared shape, with the run's
     * PSIS-LOO (computed here when the run was not asked for it).
     */
    public Summary summary(Settings settings, McmcResult result) {
        EightSchoolsData data = result.settings().data();
        Map<String, Object> quantities = new LinkedHashMap<>();
        quantities.put("pooled_mean", data.pooledMean());
        quantities.put("pooled_sd", data.pooledSd());
        if (result.exact() != null) {
            quantities.put("exact_tau_mean", result.exact().tauMean());
            quantities.put("exact_tau_sd", result.exact().tauSd());
            quantities.put("exact_mu_mean", result.exact().muMean());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        if (!result.sensitivity().isEmpty()) {
            Map<String, Object> byFamily = new LinkedHashMap<>();
            result.sensitivity().forEach((family, s) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("prior", s.prior().toString());
                entry.put("tau", brief(s.tau()));
                entry.put("theta[1]", brief(s.theta1()));
                byFamily.put(family, entry);
            });
            extra.put("sensitivity", byFamily);
        }
        LooResult loo = result.loo() != null ? result.loo()
                : ModelChecks.loo(result.model(), result.draws(), JobContext.none());
        return summary(settings, loo, result.summaries(), SamplerBlock.of(result.run(), result.ebfmi(), result.seconds()),
                quantities, extra);
    }

    private static Map<String, Object> brief(ParameterSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", p.mean());
        m.put("q5", p.q5());
        m.put("q95", p.q95());
        return m;
    }

    /**
     * The tab's figures: the pooling check, the forest plot, the densities with the exact curve, trace,
     * rank and funnel of the fit, and the hyperprior comparison.
     */
    @Override
    protected List<Figure> ownFigures(Settings settings, JobContext context) {
        EightSchoolsMcmcFigures figures = new EightSchoolsMcmcFigures(data);
        PoolingCheck pooling = new PoolingCheck(data);
        figures.updatePooling(pooling, pooling.simulate(EightSchoolsMcmcFigures.POOLING_REPLICATIONS,
                EightSchoolsMcmcFigures.POOLING_SEED));
        McmcSettings mcmc = McmcSettings.from(settings, data);
        figures.update(McmcFitter.fit(mcmc, context));
        figures.updateSensitivity(McmcFitter.compare(mcmc, TauPriorChoice.comparisonPriors(mcmc.tauPrior()), context),
                McmcFitter.label(mcmc));
        return figures.figures();
    }

    /**
     * {@code full}: the tab's recomputation at the defaults (sampling with chains in parallel, diagnostics,
     * exact posterior), timed on the wall clock; its ESS per second is bulk ESS over the summed CPU time of the
     * chains, the cost of running them one after another on one core. {@code sequential}: the same run with
     * the chains one after another on this thread (JobContext.none()); ESS per second is bulk ESS over the
     * summed elapsed time of the chains, as Stan users compute it from get_elapsed_time. {@code preview}: the
     * tab's run while a slider is dragged (2 chains of 200 warmup iterations and 200 draws, analysed for the
     * figures); {@code preview-redraw}: that run, then the figures updated and the Posterior view's four
     * charts drawn offscreen at their size in the default window.
     */
    @Override
    public List<BenchmarkCase> benchmarks() {
        McmcSettings defaults = McmcSettings.from(defaults());
        return List.of(
                new BenchmarkCase("full", ignored -> {
                    SamplerRun run = BenchService.run(ID, ctx -> EightSchoolsMcmc.run(defaults, ctx)).run();
                    return essPerSecond(run, run.totalChainCpuSeconds());
                }),
                new BenchmarkCase("sequential", ignored -> {
                    SamplerRun run = EightSchoolsMcmc.run(defaults, JobContext.none()).run();
                    return essPerSecond(run, run.totalChainSeconds());
                }),
                new BenchmarkCase("preview", ctx -> {
                    McmcFitter.fit(McmcFitter.preview(defaults), ctx);
                    return Map.of();
                }),
                new BenchmarkCase("preview-redraw", ctx -> {
                    BenchFigures.INSTANCE.update(McmcFitter.fit(McmcFitter.preview(defaults), ctx));
                    BenchFigures.redrawPosteriorView();
                    return Map.of();
                }),
                new BenchmarkCase("full-redraw", ignored -> {
                    McmcAnalysis analysis = BenchService.run(ID, ctx -> McmcFitter.fit(defaults, ctx));
                    BenchFigures.INSTANCE.update(analysis);
                    BenchFigures.redrawAll();
                    return Map.of();
                }));
    }

    /**
     * The tab's figures, built once as in the tab: the {@code full-redraw} case times updating their
     * datasets and drawing every one at screen size, an upper bound on the repaint after a run (the
     * tab shows four at a time).
     */
    private static final class BenchFigures {
        static final EightSchoolsMcmcFigures INSTANCE =
                new EightSchoolsMcmcFigures(org.shrinkagelab.data.EightSchoolsData.bundled());
        static final java.awt.image.BufferedImage SCREEN =
                new java.awt.image.BufferedImage(640, 420, java.awt.image.BufferedImage.TYPE_INT_RGB);
        static final java.util.Set<String> POSTERIOR_VIEW = java.util.Set.of(ID + "-forest", ID + "-tau-density",
                ID + "-mu-density", ID + "-pooling-min-max");

        /**
         * The charts of the Posterior view, the one on screen while a slider is dragged: a 2 x 2 grid (gap
         * 4) in the default window's chart area (about 920 x 710 under the tab and view headers and the
         * interval chooser), each chart below its 28-pixel save bar.
         */
        static void redrawPosteriorView() {
            java.awt.Graphics2D g2 = SCREEN.createGraphics();
            try {
                for (Figure f : INSTANCE.figures()) {
                    if (POSTERIOR_VIEW.contains(f.name())) {
                        f.chart().draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 454, 321));
                    }
                }
            } finally {
                g2.dispose();
            }
        }

        static void redrawAll() {
            java.awt.Graphics2D g2 = SCREEN.createGraphics();
            try {
                for (Figure f : INSTANCE.figures()) {
                    f.chart().draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 640, 420));
                }
            } finally {
                g2.dispose();
            }
        }
    }

    private static Map<String, Double> essPerSecond(SamplerRun run, double seconds) {
        Map<String, Double> ess = new LinkedHashMap<>();
        ess.put("tau", Diagnostics.essBulk(run.draws().parameter("tau")) / seconds);
        ess.put("mu", Diagnostics.essBulk(run.draws().parameter("mu")) / seconds);
        return ess;
    }
}
