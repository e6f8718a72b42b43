package org.shrinkagelab.problems.entropy;

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
 * Entropy under a nonsingular linear map: H[A x] = H[x] + ln |det A|, for x ~ N(m, S) in closed
 * form and from samples by the Kozachenko–Leonenko estimator.
 */
public final class EntropyProblem implements Problem {
    /** The problem's id on the command line. */
    public static final String ID = "entropy";
    private static final double A_LIMIT = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Entropy under a linear map";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("m-x", "x: mean x₁", -10, 10, 0),
                ParameterSpec.real("m-y", "x: mean x₂", -10, 10, 0),
                ParameterSpec.real("var-x", "x: variance x₁", 0.01, 25, 1).logScale(),
                ParameterSpec.real("var-y", "x: variance x₂", 0.01, 25, 2).logScale(),
                ParameterSpec.real("corr", "x: correlation", -0.99, 0.99, 0.5),
                ParameterSpec.real("a11", "A: a₁₁", -A_LIMIT, A_LIMIT, 2),
                ParameterSpec.real("a12", "A: a₁₂", -A_LIMIT, A_LIMIT, 1),
                ParameterSpec.real("a21", "A: a₂₁", -A_LIMIT, A_LIMIT, -0.5),
                ParameterSpec.real("a22", "A: a₂₂", -A_LIMIT, A_LIMIT, 1.5),
                ParameterSpec.integer("n", "sample size n", 10, 100_000, 2000).logScale(),
                ParameterSpec.integer("k", "k-NN neighbour k", 1, 9, 1),
                ParameterSpec.seed(1));
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        return summary(settings, EntropyModel.compute(settings, context));
    }

    /** The summary of an already computed result. */
    Summary summary(Settings settings, EntropyResult r) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("h_x", r.hX());
        q.put("h_ax", r.hAx());
        q.put("det_a", r.detA());
        q.put("log_abs_det_a", r.logAbsDetA());
        q.put("h_x_sample", r.hXSample());
        q.put("h_ax_sample", r.hAxSample());
        q.put("h_difference_sample", r.differenceSample());
        Map<String, Object> convergence = new LinkedHashMap<>();
        convergence.put("n", r.convergence().stream().mapToInt(EntropyResult.ConvergencePoint::n).toArray());
        convergence.put("h_x", r.convergence().stream().mapToDouble(EntropyResult.ConvergencePoint::hX).toArray());
        convergence.put("h_ax", r.convergence().stream().mapToDouble(EntropyResult.ConvergencePoint::hAx).toArray());
        q.put("convergence", convergence);
        return Summary.exact(id(), settings, List.of(), q);
    }

    /** Times the tab's recomputation at the defaults and at the largest sample size. */
    @Override
    public List<BenchmarkCase> benchmarks() {
        Settings largest = defaults().with("n", 100_000L);
        return List.of(
                BenchmarkCase.timing("full", ctx -> EntropyModel.compute(defaults(), ctx)),
                BenchmarkCase.timing("n-100000", ctx -> EntropyModel.compute(largest, ctx)));
    }

    @Override
    public List<Figure> figures(Settings settings, JobContext context) {
        EntropyFigures figures = new EntropyFigures();
        figures.update(EntropyModel.compute(settings, context));
        return figures.figures();
    }
}
