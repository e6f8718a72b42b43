package org.shrinkagelab.problems.tennis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.stats.WeightedKde;
import org.shrinkagelab.stats.WeightedSample;

/** P(You beat A | A beat B, B beat C) by importance sampling, beside its exact value by quadrature. */
public final class TennisProblem implements Problem {
    /** The problem id. */
    public static final String ID = "tennis";
    private static final int DENSITY_POINTS = 161;
    private static final double DENSITY_RANGE = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Tennis";
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.real("k", "Skill sharpness k", 0.1, 10, 2).logScale());
        specs.add(ParameterSpec.integer("samples", "Samples", 100, 1_000_000, 30_000).logScale());
        specs.add(ParameterSpec.seed(0));
        specs.add(ParameterSpec.choice(TennisMatch.A_VS_B.option(), "A vs B", TennisMatch.A_VS_B.choices(), "a-won"));
        specs.add(ParameterSpec.choice(TennisMatch.B_VS_C.option(), "B vs C", TennisMatch.B_VS_C.choices(), "b-won"));
        specs.add(ParameterSpec.choice(TennisMatch.A_VS_C.option(), "A vs C", TennisMatch.A_VS_C.choices(),
                TennisMatch.UNOBSERVED));
        return specs;
    }

    /** The network described by the settings: k and the observed matches. */
    public static TennisNetwork network(Settings settings) {
        List<MatchResult> observed = new ArrayList<>();
        for (TennisMatch m : TennisMatch.values()) {
            Player winner = m.winner(settings.text(m.option()));
            if (winner != null) {
                observed.add(new MatchResult(m, winner));
            }
        }
        return new TennisNetwork(settings.real("k"), observed);
    }

    /** Runs the importance sampler and the quadrature, and estimates the skill densities. */
    public TennisResult compute(Settings settings, JobContext context) {
        TennisNetwork network = network(settings);
        TennisExact exact = TennisQuadrature.solve(network, context);
        TennisImportanceResult is = TennisImportanceSampler.run(network, settings.integer("samples"),
                settings.longValue("seed"), context);
        double[] x = new double[DENSITY_POINTS];
        for (int i = 0; i < x.length; i++) {
            x[i] = -DENSITY_RANGE + 2 * DENSITY_RANGE * i / (DENSITY_POINTS - 1);
        }
        double[][] kde = new double[Player.values().length][];
        for (Player p : Player.values()) {
            double[] values = is.skills()[p.ordinal()];
            double bw = WeightedKde.silvermanBandwidth(values, is.weights());
            kde[p.ordinal()] = WeightedKde.density(values, is.weights(), bw, x);
        }
        return new TennisResult(network, is, exact, x, kde);
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        TennisResult r = compute(settings, context);
        TennisImportanceResult is = r.importance();
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("p_you_win", is.estimate());
        q.put("p_you_win_mcse", is.mcse());
        q.put("p_you_win_exact", r.exact().pYouWin());
        q.put("ess", is.ess());
        q.put("samples", is.samples());
        q.put("error_in_mcse", (is.estimate() - r.exact().pYouWin()) / is.mcse());
        q.put("evidence", is.evidence());
        q.put("evidence_exact", r.exact().evidence());
        Map<String, Object> means = new LinkedHashMap<>();
        for (Player p : Player.values()) {
            means.put(p.word(), r.exact().means()[p.ordinal()]);
        }
        q.put("skill_mean_exact", means);
        List<ParameterSummary> params = new ArrayList<>();
        for (Player p : Player.values()) {
            WeightedSample ws = new WeightedSample(is.skills()[p.ordinal()], is.weights());
            params.add(new ParameterSummary("skill_" + p.word(), ws.mean(), ws.sd(), ws.quantile(0.05),
                    ws.quantile(0.5), ws.quantile(0.95), null, null, null, null, null));
        }
        return Summary.exact(ID, settings, params, q);
    }

    @Override
    public List<Figure> figures(Settings settings, JobContext context) {
        TennisFigures figures = new TennisFigures();
        figures.update(compute(settings, context));
        return figures.figures();
    }
}
