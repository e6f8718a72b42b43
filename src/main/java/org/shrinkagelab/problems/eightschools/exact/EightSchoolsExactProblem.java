package org.shrinkagelab.problems.eightschools.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.problems.BenchService;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

/**
 * Eight Schools, exact: the hierarchical normal model with a normal-inverse-chi-squared prior,
 * computed on a grid of tau^2 (the course's numbers) and by converged quadrature, with shrinkage
 * curves, ancestral sampling and the classical test of complete pooling.
 */
public final class EightSchoolsExactProblem implements Problem {
    /** The problem id. */
    public static final String ID = "eight-schools-exact";

    private final EightSchoolsData data;

    /** The problem on the bundled eight schools data. */
    public EightSchoolsExactProblem() {
        this(EightSchoolsData.bundled());
    }

    /** The problem on other data of the same shape. */
    public EightSchoolsExactProblem(EightSchoolsData data) {
        this.data = data;
    }

    /** The data computed on. */
    public EightSchoolsData data() {
        return data;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Eight Schools — exact";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("mu0", "μ₀ (prior mean of μ)", -50, 50, 0),
                ParameterSpec.real("kappa0", "κ₀ (prior weight of μ₀)", 0.001, 100, 0.1).logScale(),
                ParameterSpec.real("nu0", "ν₀ (prior df of τ²)", 0.001, 100, 0.1).logScale(),
                ParameterSpec.real("tau2-0", "τ²₀ (prior scale of τ²)", 0.1, 10000, 100).logScale(),
                ParameterSpec.integer("grid-size", "grid points", 50, 20000, 1000).logScale(),
                ParameterSpec.real("grid-max", "grid upper end (τ²)", 1, 10000, 256).logScale(),
                ParameterSpec.integer("samples", "ancestral draws", 100, 200000, 10000).logScale(),
                ParameterSpec.seed(1),
                ParameterSpec.real("tau", "τ marker", 0, EightSchoolsExactCalculator.SHRINK_TAU_MAX, 4.5));
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        HierarchicalNormalModel model = new HierarchicalNormalModel(data, EightSchoolsExactCalculator.prior(settings));
        double gridMax = settings.real("grid-max");
        GridPosterior grid = GridPosterior.compute(model, EightSchoolsExactCalculator.GRID_LO, gridMax,
                settings.integer("grid-size"));
        ExactPosterior exact = ExactPosterior.compute(model);
        HomogeneityTest test = HomogeneityTest.of(model);
        List<ParameterSummary> params = new ArrayList<>();
        params.add(ParameterSummary.exact("mu", exact.muMean(), exact.muSd(), exact.muQuantile(0.05),
                exact.muQuantile(0.5), exact.muQuantile(0.95)));
        params.add(ParameterSummary.exact("tau", exact.tauMean(), exact.tauSd(), exact.tauQuantile(0.05),
                exact.tauQuantile(0.5), exact.tauQuantile(0.95)));
        for (int s = 0; s < model.schools(); s++) {
            context.checkCancelled();
            params.add(ParameterSummary.exact("theta[" + (s + 1) + "]", exact.thetaMean(s), exact.thetaSd(s),
                    exact.thetaQuantile(s, 0.05), exact.thetaQuantile(s, 0.5), exact.thetaQuantile(s, 0.95)));
        }
        Map<String, Object> quantities = new LinkedHashMap<>();
        quantities.put("tau_mean_grid", grid.tauMean());
        quantities.put("tau_sd_grid", grid.tauSd());
        quantities.put("tau2_mass_beyond_grid", 1 - exact.tauCdf(Math.sqrt(gridMax)));
        quantities.put("pooled_mean", test.pooledMean());
        quantities.put("pooled_sd", test.pooledSd());
        quantities.put("anova_f", test.f());
        quantities.put("anova_chi2", test.chiSquare());
        quantities.put("anova_df", test.df());
        quantities.put("anova_p", test.pValue());
        quantities.put("log_evidence", exact.logEvidence());
        Map<String, Object> anova = new LinkedHashMap<>();
        anova.put("statistic", "chi-square test of homogeneity with known standard errors: chi2 = sum (x_s - pooled)^2"
                + " / sigma_s^2 on J-1 df; anova_f = chi2 / (J-1), an F(J-1, infinity) statistic with the same p-value");
        anova.put("verdict", test.verdict());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("schools", data.schools());
        extra.put("anova", anova);
        extra.put("ancestral", ancestral(model, grid, settings));
        return new Summary(ID, settings.asMap(), params, quantities, null, extra);
    }

    /** The per-school summaries of the seeded ancestral draws the tab's table shows. */
    private static Map<String, Object> ancestral(HierarchicalNormalModel model, GridPosterior grid, Settings settings) {
        AncestralSampler.Draws draws = AncestralSampler.sample(model, grid, settings.integer("samples"),
                settings.longValue("seed"));
        Map<String, Object> out = new LinkedHashMap<>();
        for (int s = 0; s < model.schools(); s++) {
            SampleSummary d = SampleSummary.of(draws.theta()[s]);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mean", d.mean());
            row.put("sd", d.sd());
            row.put("q5", d.q5());
            row.put("q95", d.q95());
            row.put("mcse_mean", d.mcseMean());
            out.put("theta[" + (s + 1) + "]", row);
        }
        return out;
    }

    @Override
    public List<Figure> figures(Settings settings, JobContext context) {
        EightSchoolsExactFigures figures = new EightSchoolsExactFigures(data.schools(), data.unit());
        figures.update(new EightSchoolsExactCalculator(data).compute(settings, context));
        return figures.all();
    }

    /**
     * {@code full}: the tab's whole recomputation from scratch (quadrature included) at the
     * defaults, on this thread (its two sides one after the other); {@code full-service}: the same as the
     * tab runs it, through a threaded sampler service (the two sides in parallel), on the wall clock; {@code marker}: what moving the tau marker costs (the quadrature is reused);
     * {@code redraw}: a prior slider move as the user sees it on the tab's first page (recompute,
     * update the figures, draw the page's charts offscreen at their size in the default window);
     * {@code redraw-shrinkage} and {@code redraw-schools}: the same on the other two pages.
     */
    @Override
    public List<BenchmarkCase> benchmarks() {
        Settings defaults = defaults();
        EightSchoolsExactCalculator warm = new EightSchoolsExactCalculator(data);
        double[] marker = {4.5};
        List<BenchmarkCase> cases = new ArrayList<>(List.of(
                BenchmarkCase.timing("full", ctx -> new EightSchoolsExactCalculator(data).compute(defaults, ctx)),
                BenchmarkCase.timing("full-service", ctx -> BenchService.run(ID,
                        job -> new EightSchoolsExactCalculator(data).compute(defaults, job))),
                BenchmarkCase.timing("marker", ctx -> {
                    marker[0] = marker[0] == 4.5 ? 5.5 : 4.5;
                    warm.compute(defaults.with("tau", marker[0]), ctx);
                })));
        ExactTabRedraw screen = new ExactTabRedraw(this);
        double[] scale = {100};
        for (ExactTabRedraw.Page page : ExactTabRedraw.Page.values()) {
            String name = page == ExactTabRedraw.Page.TAU ? "redraw" : "redraw-" + page.name().toLowerCase(Locale.ROOT);
            cases.add(BenchmarkCase.timing(name, ctx -> {
                // the tau^2_0 slider moving back and forth, so every dataset and axis changes
                scale[0] = scale[0] == 100 ? 110 : 100;
                screen.move(defaults.with("tau2-0", scale[0]), page, ctx);
            }));
        }
        return cases;
    }
}
