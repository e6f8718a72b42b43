package org.shrinkagelab.problems.fivedistricts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.charts.DagFigure.Edge;
import org.shrinkagelab.charts.DagFigure.Graph;
import org.shrinkagelab.charts.DagFigure.Kind;
import org.shrinkagelab.charts.DagFigure.Node;
import org.shrinkagelab.charts.DagFigure.Plate;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.LooComparison;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.workbench.ModelFit;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.SamplerBlock;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.WorkbenchProblem;

/**
 * Five Districts: the score improvement per hour studied of 27 schools in 5 districts under (i) complete
 * pooling, (ii) independent districts and (iii) schools within districts, sampled by NUTS on the workbench,
 * checked against the exact posterior, and compared by PSIS-LOO.
 */
public final class FiveDistrictsProblem extends WorkbenchProblem {
    /** The problem's id on the command line. */
    public static final String ID = "five-districts";
    /** Option: fit the three models and print their LOO comparison. */
    public static final String COMPARE = "compare";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Five Districts — slopes per hour";
    }

    @Override
    protected List<ParameterSpec> modelParameters() {
        return List.of(
                ParameterSpec.choice(FiveDistrictsRequest.MODEL, "Model", SlopeModel.WORDS, "hierarchical"),
                SamplerOptions.parameterization("schools", Parameterization.NONCENTERED),
                SamplerOptions.parameterization("districts", Parameterization.NONCENTERED),
                ParameterSpec.text(FiveDistrictsRequest.MU_PRIOR, "Prior on mu (points per hour)", MuPrior.ALLOWED,
                        "normal:0,1", MuPrior::parse),
                ParameterSpec.text(FiveDistrictsRequest.TAU_D_PRIOR, "Prior on tau_d (points per hour)",
                        TauPrior.ALLOWED, "half-normal:0.5", TauPrior::parse),
                ParameterSpec.text(FiveDistrictsRequest.TAU_S_PRIOR, "Prior on tau_s (points per hour)",
                        TauPrior.ALLOWED, "half-normal:0.5", TauPrior::parse),
                ParameterSpec.text(DataOption.NAME, "Data", DataOption.ALLOWED, DataOption.BUNDLED,
                        DataOption::parse));
    }

    @Override
    protected List<ParameterSpec> extraParameters() {
        return List.of(ParameterSpec.choice(COMPARE, "Compare the three models (yes: PSIS-LOO; lodo: also "
                + "leave-one-district-out refits)", List.of("no", "yes", "lodo"), "no"));
    }

    @Override
    public DeclaredModel model(Settings settings) {
        return FiveDistrictsRequest.from(settings).declared();
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        FiveDistrictsRequest r = FiveDistrictsRequest.from(settings);
        if (!"no".equals(settings.text(COMPARE))) {
            FiveDistrictsFitter.Comparison c = FiveDistrictsFitter.compare(r, context);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("loo_compare", table(c.table()));
            if ("lodo".equals(settings.text(COMPARE))) {
                extra.put("leave_one_district_out", lodoTable(r, LeaveOneDistrictOut.run(r, context)));
            }
            FiveDistrictsAnalysis chosen = c.of(r.model());
            return summary(settings, r.declared(), chosen.draws(), chosen.diagnostics().parameters(), Map.of(),
                    quantities(chosen), extra);
        }
        ModelFit fit = ModelFit.sample(r.declared(), r.sampler(), context);
        FiveDistrictsAnalysis a = FiveDistrictsFitter.analyse(r, fit, ExactSlopes.of(r));
        return summary(settings, r.declared(), fit.draws(), fit.summaries(), SamplerBlock.of(fit.run(), fit.ebfmi(), fit.seconds()),
                quantities(a), Map.of());
    }

    /** The problem's numbers: the exact posterior's means and sds (the workbench adds PSIS-LOO of the fit). */
    static Map<String, Object> quantities(FiveDistrictsAnalysis a) {
        Map<String, Object> q = new LinkedHashMap<>();
        ExactSlopes e = a.exact();
        if (e.mu() != null) {
            q.put("exact_mu_mean", e.mu().mean());
            q.put("exact_mu_sd", e.mu().sd());
        }
        if (e.hierarchical() != null) {
            q.put("exact_tau_d_mean", e.hierarchical().tauD().mean());
            q.put("exact_tau_d_sd", e.hierarchical().tauD().sd());
            q.put("exact_tau_s_mean", e.hierarchical().tauS().mean());
            q.put("exact_tau_s_sd", e.hierarchical().tauS().sd());
        }
        for (int d = 0; d < e.betaDistrict().size(); d++) {
            q.put("exact_beta_district[" + (d + 1) + "]_mean", e.betaDistrict().get(d).mean());
            q.put("exact_beta_district[" + (d + 1) + "]_sd", e.betaDistrict().get(d).sd());
        }
        for (int j = 0; j < e.beta().size(); j++) {
            q.put("exact_beta[" + (j + 1) + "]_mean", e.beta().get(j).mean());
            q.put("exact_beta[" + (j + 1) + "]_sd", e.beta().get(j).sd());
        }
        return q;
    }

    /** The LOO comparison as rows of the summary (an object of objects, printed as a table). */
    static Map<String, Object> table(List<LooComparison.Row> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LooComparison.Row row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", row.rank());
            m.put("elpd_loo", row.elpdLoo());
            m.put("se", row.seElpdLoo());
            m.put("p_loo", row.pLoo());
            m.put("elpd_diff", row.elpdDiff());
            m.put("se_diff", row.seDiff());
            m.put("weight", row.weight());
            m.put("k_warning", row.warning());
            out.put(row.model(), m);
        }
        return out;
    }

    /** Leave-one-district-out elpd per model: the total, its se and each held-out district's value. */
    static Map<String, Object> lodoTable(FiveDistrictsRequest r, List<LeaveOneDistrictOut.Result> results) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LeaveOneDistrictOut.Result res : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("elpd", res.elpd());
            m.put("se", res.se());
            for (int d = 0; d < res.byDistrict().length; d++) {
                m.put("district_" + r.data().districts().get(d), res.byDistrict()[d]);
            }
            out.put(res.model().word(), m);
        }
        return out;
    }

    /**
     * The hierarchical model (iii) as a DAG: mu, tau_D -> beta_d; beta_d, tau_S -> beta_j; beta_j, hours_j,
     * stderr_j -> improvement_j (observed, shaded), the school plate inside the district plate.
     */
    @Override
    public Graph dag(Settings settings) {
        FiveDistrictsRequest r = FiveDistrictsRequest.from(settings);
        int districts = r.data().districts().size();
        return switch (r.model()) {
            case POOLED -> new Graph(List.of(
                    new Node("mu", "μ", Kind.LATENT, null, 0.5, 0),
                    new Node("hours", "hours_j", Kind.FIXED, "j", -0.4, 1),
                    new Node("stderr", "stderr_j", Kind.FIXED, "j", 1.4, 1),
                    new Node("improvement", "improvement_j", Kind.OBSERVED, "j", 0.5, 1)),
                    List.of(new Edge("mu", "improvement"), new Edge("hours", "improvement"),
                            new Edge("stderr", "improvement")),
                    List.of(new Plate("j", "j = 1.." + r.data().size(), null)));
            case INDEPENDENT -> new Graph(List.of(
                    new Node("betaD", "β_d", Kind.LATENT, "d", 0.5, 0),
                    new Node("hours", "hours_j", Kind.FIXED, "j", -0.4, 1),
                    new Node("stderr", "stderr_j", Kind.FIXED, "j", 1.4, 1),
                    new Node("improvement", "improvement_j", Kind.OBSERVED, "j", 0.5, 1)),
                    List.of(new Edge("betaD", "improvement"), new Edge("hours", "improvement"),
                            new Edge("stderr", "improvement")),
                    List.of(new Plate("d", "d = 1.." + districts, null),
                            new Plate("j", "school j in district d", "d")));
            case HIERARCHICAL -> new Graph(List.of(
                    new Node("mu", "μ", Kind.LATENT, null, 0, 0),
                    new Node("tauD", "τ_D", Kind.LATENT, null, 1, 0),
                    new Node("betaD", "β_d", Kind.LATENT, "d", 0.5, 1),
                    new Node("tauS", "τ_S", Kind.LATENT, null, 1.9, 1),
                    new Node("betaJ", "β_j", Kind.LATENT, "j", 0.5, 2),
                    new Node("hours", "hours_j", Kind.FIXED, "j", -0.4, 3),
                    new Node("stderr", "stderr_j", Kind.FIXED, "j", 1.4, 3),
                    new Node("improvement", "improvement_j", Kind.OBSERVED, "j", 0.5, 3)),
                    List.of(new Edge("mu", "betaD"), new Edge("tauD", "betaD"), new Edge("betaD", "betaJ"),
                            new Edge("tauS", "betaJ"), new Edge("betaJ", "improvement"),
                            new Edge("hours", "improvement"), new Edge("stderr", "improvement")),
                    List.of(new Plate("d", "d = 1.." + districts, null),
                            new Plate("j", "school j in district d", "d")));
        };
    }

    /** The tab's own figures at the settings: one fit of each model, the comparison and the sensitivity (the workbench adds the DAG). */
    @Override
    protected List<Figure> ownFigures(Settings settings, JobContext context) {
        FiveDistrictsRequest r = FiveDistrictsRequest.from(settings);
        FiveDistrictsFigures figures = new FiveDistrictsFigures();
        figures.setData(r.data());
        FiveDistrictsFitter.Comparison c = FiveDistrictsFitter.compare(r, context);
        figures.update(c.of(r.model()));
        figures.updateComparison(c);
        figures.updateSensitivity(FiveDistrictsFitter.sensitivity(r, context));
        return figures.figures();
    }

    @Override
    public String preferredParameter() {
        return "tau_s";
    }
}
