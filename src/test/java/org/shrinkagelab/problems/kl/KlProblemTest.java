package org.shrinkagelab.problems.kl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.app.cli.Cli;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.stats.GaussianKl;
import org.shrinkagelab.stats.HistogramDivergence;
import org.shrinkagelab.stats.KnnDivergence;
import org.shrinkagelab.stats.MultivariateNormal;
import org.shrinkagelab.stats.RandomStreams;

class KlProblemTest {
    private final KlProblem problem = new KlProblem();

    @Test
    void summaryJsonFromTheCommandLineHasTheCourseNumbers() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("summary", "kl", "--format", "json");
        assertEquals(0, code, err.toString());
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("kl", json.get("problem").getAsString());
        assertEquals(1000, json.getAsJsonObject("settings").get("n").getAsInt());
        JsonObject q = json.getAsJsonObject("quantities");
        // Closed form at the course example, checked by hand and by quadrature in GaussianKlTest.
        assertEquals(7.742145, q.get("kl_pq").getAsDouble(), 1e-6);
        assertEquals(4.655396, q.get("kl_qp").getAsDouble(), 1e-6);
        // The course's behaviour: the histogram far too high, k-NN far too low at n = 1000.
        assertTrue(q.get("kl_pq_histogram").getAsDouble() > 12);
        assertTrue(q.get("kl_pq_knn").getAsDouble() < 6);
        assertTrue(q.has("kl_pq_plugin"));
        assertEquals(7, q.getAsJsonObject("convergence").getAsJsonArray("n").size());
    }

    @Test
    void estimatesAreTheStatsEstimatorsOnTheSeededSamples() {
        Settings s = problem.defaults().with("n", 500L).with("bins", 12L).with("k", 2L).with("seed", 9L);
        Summary summary = problem.summarize(s, JobContext.none());
        MultivariateNormal p = MultivariateNormal.bivariate(10, 12, 3, 2, 0.5 / Math.sqrt(6));
        MultivariateNormal q = MultivariateNormal.bivariate(14, 10, 2, 1, 0.3 / Math.sqrt(2));
        List<UniformRandomProvider> streams = RandomStreams.independent(9, 2);
        double[][] x = p.sample(500, streams.get(0));
        double[][] y = q.sample(500, streams.get(1));
        assertEquals(HistogramDivergence.estimate(x, 500, y, 500, 12).estimate(),
                summary.quantity("kl_pq_histogram"), 1e-12);
        assertEquals(GaussianKl.pluginEstimate(x, 500, y, 500), summary.quantity("kl_pq_plugin"), 1e-12);
        assertEquals(KnnDivergence.estimate(x, 500, y, 500, 2, JobContext.none()), summary.quantity("kl_pq_knn"), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        Summary a = problem.summarize(problem.defaults(), JobContext.none());
        Summary b = problem.summarize(problem.defaults(), JobContext.none());
        Summary c = problem.summarize(problem.defaults().with("seed", 2L), JobContext.none());
        assertEquals(a.toJson(), b.toJson());
        assertNotEquals(a.quantity("kl_pq_knn"), c.quantity("kl_pq_knn"));
        assertEquals(a.quantity("kl_pq"), c.quantity("kl_pq"));
    }

    @Test
    void notesExplainTheCourseExampleWithItsOwnNumbers() {
        KlResult r = KlModel.compute(problem.defaults(), JobContext.none());
        // At the course example most p-samples sit in bins without q-samples, and those bins carry
        // nearly all of the histogram estimate.
        assertTrue(r.histogram().pShareWithoutQ() > 0.7, String.valueOf(r.histogram().pShareWithoutQ()));
        assertTrue(r.histogram().contributionWithoutQ() > 0.9 * r.histogram().estimate());
        String histogram = r.histogramNote();
        assertTrue(histogram.contains(String.format(java.util.Locale.ROOT, "%.0f%% of the p-samples",
                100 * r.histogram().pShareWithoutQ())), histogram);
        assertTrue(histogram.contains(String.format(java.util.Locale.ROOT, "%+.2f nats from the closed form",
                r.histogram().estimate() - r.klPq())), histogram);
        // k-NN reads q too high at the p-samples, which is what pulls its estimate down.
        assertTrue(r.knnLogQError() > 1, String.valueOf(r.knnLogQError()));
        assertTrue(r.knnNote().contains("ln q too high by " + String.format(java.util.Locale.ROOT, "%.2f",
                r.knnLogQError())), r.knnNote());
        // The estimate is the mean of the k-NN log-density readings, so its error splits exactly into
        // the two reading errors plus the Monte Carlo error of the true log-ratio at the samples.
        double mcLogRatio = 0;
        for (int i = 0; i < r.n(); i++) {
            mcLogRatio += r.p().logDensity(r.fromP()[i]) - r.q().logDensity(r.fromP()[i]);
        }
        mcLogRatio /= r.n();
        assertEquals(r.knn() - mcLogRatio, r.knnLogPError() - r.knnLogQError(), 1e-9);
    }

    @Test
    void convergenceLadderReachesTenThousandAndIncludesTheSliderN() {
        assertEquals(List.of(10, 30, 100, 300, 1000, 3000, 10000), KlModel.ladder(1000));
        assertEquals(List.of(10, 30, 100, 300, 1000, 3000, 10000, 30000, 50000), KlModel.ladder(50000));
        assertEquals(List.of(10, 30, 100, 300, 1000, 2500, 3000, 10000), KlModel.ladder(2500));
    }

    @Test
    void outOfRangeCorrelationIsRefusedOnTheCommandLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("summary", "kl", "--corr-p", "1.5");
        assertEquals(Cli.USAGE, code);
        assertTrue(err.toString().contains("--corr-p 1.5") && err.toString().contains("-0.99 to 0.99"), err.toString());
    }

    @Test
    void figuresAreNamedTitledAndFilled() {
        List<Figure> figures = problem.figures(problem.defaults().with("n", 200L), JobContext.none());
        assertEquals(List.of("kl-scatter", "kl-convergence"), figures.stream().map(Figure::name).toList());
        for (Figure f : figures) {
            assertTrue(!f.chart().getTitle().getText().isBlank());
            assertTrue(f.chart().getLegend() != null);
        }
        KlFigures built = new KlFigures();
        built.update(KlModel.compute(problem.defaults().with("n", 200L), JobContext.none()));
        assertEquals(200, built.scatter().pointData().getSeries(0).getItemCount());
        assertEquals(4, built.scatter().curveData().getSeriesCount());
        assertEquals(4, built.convergence().lineCount());
    }
}
