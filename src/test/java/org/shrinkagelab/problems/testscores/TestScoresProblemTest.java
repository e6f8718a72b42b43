package org.shrinkagelab.problems.testscores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;

/** The summary the command line prints for the test-scores problem. */
class TestScoresProblemTest {
    private final TestScoresProblem problem = new TestScoresProblem();

    @Test
    void summaryHasTruthAndPosterior() {
        Settings s = problem.defaults().with("schools", 4L);
        JsonObject root = JsonParser.parseString(problem.summarize(s, JobContext.none()).toJson()).getAsJsonObject();
        JsonObject q = root.getAsJsonObject("quantities");
        TestScoresData d = TestScoresModel.generate(4, 30, new TestScoresScales(5, 1, 1), 0);
        assertEquals(d.muGlobal(), q.get("mu_global").getAsDouble(), 0);
        JsonArray truth = q.getAsJsonArray("school_means");
        assertEquals(4, truth.size());
        assertEquals(d.schoolMeans()[3], truth.get(3).getAsDouble(), 0);
        JsonArray params = root.getAsJsonArray("parameters");
        assertEquals(5, params.size());
        assertEquals("mu_global", params.get(0).getAsJsonObject().get("name").getAsString());
        JsonObject mu4 = params.get(4).getAsJsonObject();
        assertEquals("mu[4]", mu4.get("name").getAsString());
        NormalPosterior p = TestScoresModel.posterior(d.scores(), new TestScoresScales(5, 1, 1)).schools()[3];
        assertEquals(p.mean(), mu4.get("mean").getAsDouble(), 0);
        assertEquals(p.mean() - 1.6448536269514722 * p.sd(), mu4.get("q5").getAsDouble(), 1e-12);
        assertTrue(!mu4.has("r_hat"));
    }

    @Test
    void outOfRangeSettingsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> problem.defaults().with("schools", "21"));
        assertTrue(e.getMessage().contains("--schools 21"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> problem.defaults().with("students", "1"));
    }

    @Test
    void registeredWithNamedFigures() {
        assertEquals(TestScoresProblem.ID, TabCatalog.byId("test-scores").id());
        List<Figure> figures = problem.figures(problem.defaults(), JobContext.none());
        assertEquals(List.of("test-scores-histograms", "test-scores-forest"),
                figures.stream().map(Figure::name).toList());
    }
}
