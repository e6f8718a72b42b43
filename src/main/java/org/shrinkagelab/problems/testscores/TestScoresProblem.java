package org.shrinkagelab.problems.testscores;

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

/** The generative hierarchical model of test scores, run forwards (simulation) and backwards (posterior). */
public final class TestScoresProblem implements Problem {
    /** The problem id. */
    public static final String ID = "test-scores";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Test scores";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("schools", "Schools", 1, 20, 5),
                ParameterSpec.integer("students", "Students per school", 2, 500, 30).logScale(),
                ParameterSpec.real("global-sd", "Global sd", 0.1, 20, 5).logScale(),
                ParameterSpec.real("school-sd", "School sd", 0.05, 10, 1).logScale(),
                ParameterSpec.real("student-sd", "Student sd", 0.05, 10, 1).logScale(),
                ParameterSpec.seed(0));
    }

    /** The scales in the settings. */
    public static TestScoresScales scales(Settings settings) {
        return new TestScoresScales(settings.real("global-sd"), settings.real("school-sd"),
                settings.real("student-sd"));
    }

    /** Generates the scores and computes the posterior. */
    public TestScoresResult compute(Settings settings) {
        TestScoresScales scales = scales(settings);
        TestScoresData data = TestScoresModel.generate(settings.integer("schools"), settings.integer("students"),
                scales, settings.longValue("seed"));
        return new TestScoresResult(data, TestScoresModel.posterior(data.scores(), scales));
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        TestScoresResult r = compute(settings);
        TestScoresPosterior p = r.posterior();
        List<ParameterSummary> params = new ArrayList<>();
        params.add(row("mu_global", p.muGlobal()));
        for (int i = 0; i < p.schools().length; i++) {
            params.add(row("mu[" + (i + 1) + "]", p.schools()[i]));
        }
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("mu_global", r.data().muGlobal());
        q.put("school_means", r.data().schoolMeans());
        q.put("sample_means", p.sampleMeans());
        q.put("shrinkage", p.shrinkage());
        return Summary.exact(ID, settings, params, q);
    }

    private static ParameterSummary row(String name, NormalPosterior n) {
        return ParameterSummary.exact(name, n.mean(), n.sd(), n.q5(), n.mean(), n.q95());
    }

    @Override
    public List<Figure> figures(Settings settings, JobContext context) {
        TestScoresFigures figures = new TestScoresFigures();
        figures.update(compute(settings));
        return figures.figures();
    }
}
