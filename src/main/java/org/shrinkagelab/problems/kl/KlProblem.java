package org.shrinkagelab.problems.kl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

/**
 * KL divergence between two 2-D normals: closed form both ways, and the histogram, plug-in and
 * k-nearest-neighbour estimates from samples. Defaults are the course's example.
 */
public final class KlProblem implements Problem {
    /** The problem's id on the command line. */
    public static final String ID = "kl";
    private static final double MEAN_MIN = -20;
    private static final double MEAN_MAX = 40;
    private static final double VAR_MIN = 0.01;
    private static final double VAR_MAX = 25;
    private static final double CORR_LIMIT = 0.99;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "KL divergence";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("mu-p-x", "p: mean x₁", MEAN_MIN, MEAN_MAX, 10),
                ParameterSpec.real("mu-p-y", "p: mean x₂", MEAN_MIN, MEAN_MAX, 12),
                ParameterSpec.real("var-p-x", "p: variance x₁", VAR_MIN, VAR_MAX, 3).logScale(),
                ParameterSpec.real("var-p-y", "p: variance x₂", VAR_MIN, VAR_MAX, 2).logScale(),
                ParameterSpec.real("corr-p", "p: correlation", -CORR_LIMIT, CORR_LIMIT, 0.5 / Math.sqrt(6)),
                ParameterSpec.real("mu-q-x", "q: mean x₁", MEAN_MIN, MEAN_MAX, 14),
                ParameterSpec.real("mu-q-y", "q: mean x₂", MEAN_MIN, MEAN_MAX, 10),
                ParameterSpec.real("var-q-x", "q: variance x₁", VAR_MIN, VAR_MAX, 2).logScale(),
                ParameterSpec.real("var-q-y", "q: variance x₂", VAR_MIN, VAR_MAX, 1).logScale(),
                ParameterSpec.real("corr-q", "q: correlation", -CORR_LIMIT, CORR_LIMIT, 0.3 / Math.sqrt(2)),
                ParameterSpec.integer("n", "sample size n", 10, 100_000, 1000).logScale(),
                ParameterSpec.integer("bins", "histogram bins per axis", 2, 200, 30),
                ParameterSpec.integer("k", "k-NN neighbour k", 1, 9, 1),
                ParameterSpec.seed(1));
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        return summary(settings, KlModel.compute(settings, context));
    }

    /** The summary of an already computed result. */
    Summary summary(Settings settings, KlResult r) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("kl_pq", r.klPq());
        q.put("kl_qp", r.klQp());
        q.put("kl_pq_histogram", r.histogram().estimate());
        q.put("kl_pq_plugin", r.plugin());
        q.put("kl_pq_knn", r.knn());
        q.put("histogram_p_share_without_q", r.histogram().pShareWithoutQ());
        q.put("histogram_contribution_without_q", r.histogram().contributionWithoutQ());
        q.put("knn_log_p_error", r.knnLogPError());
        q.put("knn_log_q_error", r.knnLogQError());
        Map<String, Object> convergence = new LinkedHashMap<>();
        convergence.put("n", r.convergence().stream().mapToInt(KlResult.ConvergencePoint::n).toArray());
        convergence.put("histogram", r.convergence().stream().mapToDouble(KlResult.ConvergencePoint::histogram).toArray());
        convergence.put("plugin", r.convergence().stream().mapToDouble(KlResult.ConvergencePoint::plugin).toArray());
        convergence.put("knn", r.convergence().stream().mapToDouble(KlResult.ConvergencePoint::knn).toArray());
        q.put("convergence", convergence);
        return Summary.exact(id(), settings, List.of(), q);
    }

    /** Times the tab's recomputation at the defaults and at the largest sample size. */
    @Override
    public List<BenchmarkCase> benchmarks() {
        Settings largest = defaults().with("n", 100_000L);
        return List.of(
                BenchmarkCase.timing("full", ctx -> KlModel.compute(defaults(), ctx)),
                BenchmarkCase.timing("n-100000", ctx -> KlModel.compute(largest, ctx)));
    }

    @Override
    public List<Figure> figures(Settings settings, JobContext context) {
        KlFigures figures = new KlFigures();
        figures.update(KlModel.compute(settings, context));
        return figures.figures();
    }
}
