package org.shrinkagelab.problems.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.app.cli.Cli;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.stats.KozachenkoLeonenko;
import org.shrinkagelab.stats.MultivariateNormal;
import org.shrinkagelab.stats.RandomStreams;

class EntropyProblemTest {
    private final EntropyProblem problem = new EntropyProblem();

    @Test
    void summaryFromTheCommandLineHasTheClosedForms() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("summary", "entropy", "--format", "json");
        assertEquals(0, code, err.toString());
        JsonObject q = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonObject("quantities");
        // Defaults: S = [[1, c], [c, 2]] with c = 0.5 sqrt(2), so det S = 2 - 0.5 = 1.5; A = [[2, 1], [-0.5, 1.5]], det 3.5.
        double hx = Math.log(2 * Math.PI * Math.E) + 0.5 * Math.log(1.5);
        assertEquals(hx, q.get("h_x").getAsDouble(), 1e-12);
        assertEquals(hx + Math.log(3.5), q.get("h_ax").getAsDouble(), 1e-12);
        assertEquals(Math.log(3.5), q.get("log_abs_det_a").getAsDouble(), 1e-12);
        assertTrue(q.has("h_x_sample") && q.has("h_ax_sample"));

        StringWriter table = new StringWriter();
        assertEquals(0, Cli.commandLine(new PrintWriter(table), new PrintWriter(err)).execute("summary", "entropy"));
        assertTrue(table.toString().contains("h_ax_sample"));
    }

    @Test
    void singularMatrixExitsWithUsageAndNamesDetA() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("summary", "entropy",
                "--a11", "1", "--a12", "2", "--a21", "0.5", "--a22", "1");
        assertEquals(Cli.USAGE, code);
        String message = err.toString().trim();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("det A") && message.contains("singular"), message);
        assertEquals("", out.toString());
    }

    @Test
    void closedFormDifferenceIsLogAbsDetExactlyForEveryMap() {
        for (double[] a : new double[][] {{2, 1, -0.5, 1.5}, {-3, 0.2, 4, 0.1}, {0.01, 0, 0, 0.02}}) {
            Settings s = problem.defaults().with("a11", a[0]).with("a12", a[1]).with("a21", a[2]).with("a22", a[3])
                    .with("n", 100L);
            Summary summary = problem.summarize(s, JobContext.none());
            double det = a[0] * a[3] - a[1] * a[2];
            assertEquals(Math.log(Math.abs(det)), summary.quantity("h_ax") - summary.quantity("h_x"), 1e-12);
            assertEquals(det, summary.quantity("det_a"), 1e-15);
        }
    }

    @Test
    void sampleEstimatesAreKozachenkoLeonenkoOnTheSeededSamples() {
        Settings s = problem.defaults().with("n", 800L).with("k", 3L).with("seed", 4L);
        Summary summary = problem.summarize(s, JobContext.none());
        double[][] x = MultivariateNormal.bivariate(0, 0, 1, 2, 0.5).sample(800, RandomStreams.independent(4, 1).get(0));
        double[][] ax = new double[800][2];
        for (int i = 0; i < 800; i++) {
            ax[i][0] = 2 * x[i][0] + x[i][1];
            ax[i][1] = -0.5 * x[i][0] + 1.5 * x[i][1];
        }
        assertEquals(KozachenkoLeonenko.entropy(x, 800, 3, JobContext.none()), summary.quantity("h_x_sample"), 1e-12);
        assertEquals(KozachenkoLeonenko.entropy(ax, 800, 3, JobContext.none()), summary.quantity("h_ax_sample"), 1e-12);
    }

    @Test
    void refusalOnlyForNearlySingularMaps() {
        Settings s = problem.defaults();
        assertFalse(EntropyModel.refusal(s).isPresent());
        assertTrue(EntropyModel.refusal(s.with("a11", 0.0).with("a12", 0.0)).isPresent());
        assertFalse(EntropyModel.refusal(s.with("a11", 0.001).with("a12", 0.0).with("a21", 0.0).with("a22", 0.001))
                .isPresent());
    }

    @Test
    void stretchNoteAppearsOnlyWhenTheMappedSampleLooksLikeALine() {
        assertEquals("", EntropyModel.compute(problem.defaults().with("n", 300L), JobContext.none()).stretchNote());
        // A maps almost onto the line x1 = -x2: Ax's ellipse is about 1e6 times longer than wide, far
        // beyond n / 8 = 250, and the estimate of H[Ax] misses the closed form by several nats.
        Settings flat = problem.defaults().with("a11", -5.0).with("a12", 5.0).with("a21", 5.0).with("a22", -4.999)
                .with("var-x", 0.01).with("corr", -0.99).with("n", 2000L);
        EntropyResult r = EntropyModel.compute(flat, JobContext.none());
        assertTrue(r.stretchNote().startsWith("A x is stretched"), r.stretchNote());
        assertTrue(r.hAxSample() - r.hAx() > 2, r.hAxSample() + " vs " + r.hAx());
    }

    @Test
    void figuresAreNamedAndFilled() {
        List<Figure> figures = problem.figures(problem.defaults().with("n", 300L), JobContext.none());
        assertEquals(List.of("entropy-scatter", "entropy-estimate-vs-n"), figures.stream().map(Figure::name).toList());
        EntropyFigures built = new EntropyFigures();
        built.update(EntropyModel.compute(problem.defaults().with("n", 300L), JobContext.none()));
        assertEquals(300, built.scatter().pointData().getSeries(1).getItemCount());
        assertEquals(6, built.convergence().lineCount());
    }
}
