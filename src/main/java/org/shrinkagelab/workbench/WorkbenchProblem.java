package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.diag.PointwiseLoo;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

/**
 * A hierarchical problem on the workbench: it declares its data, its model and its own options, quantities
 * and figures; the workbench supplies the sampler's options, the run on the sampler service, the summary
 * rows, the {@code sampler} block of the summary JSON, the verdict and the views.
 *
 * <h2>Adding a problem (developer note)</h2>
 * The compute half, free of JavaFX, in {@code problems/<name>/}:
 * <pre>{@code
 * public final class GroupsProblem extends WorkbenchProblem {
 *     public String id() { return "groups"; }
 *     public String title() { return "Groups — varying intercepts"; }
 *     protected List<ParameterSpec> modelParameters() {             // shown before the sampler's options
 *         return List.of(SamplerOptions.parameterization(null, Parameterization.NONCENTERED),
 *                 ParameterSpec.text("tau-prior", "Prior on tau", TauPrior.ALLOWED, "half-normal:5", TauPrior::parse));
 *     }
 *     public LogDensity model(Settings s) {                          // the model: any LogDensity; it may also
 *         return new GroupsModel(data, Parameterization.parse(     // implement PointwiseLogLikelihood,
 *                 s.text(SamplerOptions.PARAMETERIZATION)),        // ReplicatedData, PriorPredictive
 *                 TauPrior.parse(s.text("tau-prior")));
 *     }
 *     protected Map<String, Object> quantities(Settings s, ModelFit fit) {   // optional: its own numbers
 *         return Map.of("groups", data.groups());
 *     }
 *     protected List<Figure> ownFigures(Settings s, JobContext ctx) { ... } // its own figures; the
 *                                                                          // workbench adds its views'
 * }
 * }</pre>
 * {@code summary groups --format json} then prints the settings, every output's diagnostics, the
 * {@code sampler} block and, for a model with a pointwise log-likelihood, PSIS-LOO among the quantities;
 * {@code export-figures --problem groups} writes its own figures and those of the workbench's views. The tab, in the same package, extends {@code workbench.view.ModelTab}, which builds
 * the run controls (Cancel, Export draws), per-chain progress, the live trace with running R-hat and bulk
 * ESS, the summary table, the verdict and the sampler statistics, and leaves three places to fill:
 * <pre>{@code
 * public final class GroupsTab extends ModelTab<FitAnalysis> {
 *     public GroupsTab(Problem problem, TabContext context) {
 *         super(problem, context, "groups", new GroupsFigures().figures());
 *         setModelControls(new VBox(...));                 // the model's own controls above the sampler panel
 *         addView("Posterior", ChartGrid.of(1, 2, 4, chart("groups-forest"), chart("groups-tau")));
 *         start();
 *     }
 *     protected FitAnalysis analyse(Settings s, boolean preview, JobContext ctx) { ... } // off the FX thread
 *     protected void showAnalysis(FitAnalysis a) { figures.update(a); }                 // on the FX thread
 * }
 * }</pre>
 * and one line in {@code app/TabCatalog}: {@code entry(GroupsProblem.ID, () -> new GroupsProblem(), (p, c) -> new GroupsTab(p, c))}.
 */
public abstract class WorkbenchProblem implements Problem {

    /** The problem's own options (priors, parameterization of each level, data), shown before the sampler's. */
    protected abstract List<ParameterSpec> modelParameters();

    /** Options shown after the sampler's (none by default). */
    protected List<ParameterSpec> extraParameters() {
        return List.of();
    }

    /** The model for the options in force; it must be safe to share between the chains' threads. */
    public abstract LogDensity model(Settings settings);

    /** The problem's own numbers for the {@code quantities} block of the summary (none by default). */
    protected Map<String, Object> quantities(Settings settings, ModelFit fit) {
        return Map.of();
    }

    /**
     * The model drawn as a DAG with plates (observed nodes shaded), for the workbench's DAG view and the
     * problem's exported figures; null when the problem draws none.
     */
    public DagFigure.Graph dag(Settings settings) {
        return null;
    }

    /** The parameter the workbench's views show first (the tab's first pick), when the model has it. */
    public String preferredParameter() {
        return "tau";
    }

    /** The problem's own figures at the settings, named for export (none by default). */
    protected List<Figure> ownFigures(Settings settings, JobContext context) {
        return List.of();
    }

    /** Every figure of the tab: the problem's own ({@link #ownFigures}), then the workbench views' ({@link #workbenchFigures}). */
    @Override
    public final List<Figure> figures(Settings settings, JobContext context) {
        List<Figure> all = new ArrayList<>(ownFigures(settings, context));
        all.addAll(workbenchFigures(settings, context));
        return List.copyOf(all);
    }

    /**
     * The workbench views' figures of one fit at the settings ({@link WorkbenchFigures}: parameter trace, rank,
     * density and autocorrelation, pair, energy, posterior predictive check, DAG, Pareto k).
     */
    public final List<Figure> workbenchFigures(Settings settings, JobContext context) {
        LogDensity model = model(settings);
        Draws draws = ModelFit.sample(model, sampler(settings), context).draws().truncatedToShortest();
        return WorkbenchFigures.of(id(), draws, preferredParameter(), dag(settings),
                ModelChecks.of(model, draws, context));
    }

    /** The default target acceptance (adapt_delta) of the problem's sampler: Stan's 0.8 unless overridden. */
    protected double defaultAdaptDelta() {
        return SamplerOptions.DEFAULT_ADAPT_DELTA;
    }

    /** Every option: the model's, the sampler's ({@link SamplerOptions#sampler(double)}), then the extra ones. */
    @Override
    public final List<ParameterSpec> parameters() {
        List<ParameterSpec> all = new ArrayList<>(modelParameters());
        all.addAll(SamplerOptions.sampler(defaultAdaptDelta()));
        all.addAll(extraParameters());
        return List.copyOf(all);
    }

    /** The sampler's settings among the options in force. */
    public SamplerSettings sampler(Settings settings) {
        return SamplerOptions.samplerSettings(settings);
    }

    /** Samples the model under the options (chains in parallel where the context allows) and summarizes. */
    public ModelFit fit(Settings settings, JobContext context) {
        return ModelFit.sample(model(settings), sampler(settings), context);
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        // PSIS-LOO beside the diagnostics, on the cores they leave idle
        ModelFit.Analysed<Void> analysed = ModelFit.sample(model(settings), sampler(settings), context, null, true, null);
        ModelFit fit = analysed.fit();
        return summary(settings, analysed.loo(), fit.summaries(),
                SamplerBlock.of(fit.run(), fit.ebfmi(), fit.seconds()), quantities(settings, fit), Map.of());
    }

    /**
     * The shared summary shape of a fit of {@code model}: settings, one row per output, quantities (PSIS-LOO of
     * the draws first, see {@link #looQuantities}, then the problem's own), the sampler block, extras.
     */
    protected Summary summary(Settings settings, LogDensity model, Draws draws, List<ParameterSummary> rows,
                              Map<String, Object> sampler, Map<String, Object> quantities, Map<String, Object> extra) {
        return summary(settings, ModelChecks.loo(model, draws, JobContext.none()), rows, sampler, quantities, extra);
    }

    /** As above, for a problem that computed the fit's PSIS-LOO already (null: none). */
    protected Summary summary(Settings settings, LooResult loo, List<ParameterSummary> rows,
                              Map<String, Object> sampler, Map<String, Object> quantities, Map<String, Object> extra) {
        Map<String, Object> all = new LinkedHashMap<>(looQuantities(loo));
        all.putAll(quantities);
        return new Summary(id(), settings.asMap(), rows, all, sampler, extra);
    }

    /**
     * PSIS-LOO as summary quantities: {@code elpd_loo}, {@code se_elpd_loo}, {@code p_loo}, {@code looic} and
     * {@code pareto_k_max}; none when {@code loo} is null (no pointwise log-likelihood, or too few draws).
     */
    public static Map<String, Object> looQuantities(LooResult loo) {
        Map<String, Object> q = new LinkedHashMap<>();
        if (loo != null) {
            q.put("elpd_loo", loo.elpdLoo());
            q.put("se_elpd_loo", loo.seElpdLoo());
            q.put("p_loo", loo.pLoo());
            q.put("looic", loo.looic());
            q.put("pareto_k_max", loo.pointwise().stream().mapToDouble(PointwiseLoo::paretoK).max()
                    .orElse(Double.NaN));
        }
        return q;
    }
}
