package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

class EightSchoolsExactProblemTest {
    private final EightSchoolsExactProblem problem = new EightSchoolsExactProblem();

    @Test
    void isRegistered() {
        assertEquals(EightSchoolsExactProblem.class, TabCatalog.byId("eight-schools-exact").getClass());
    }

    @Test
    void summaryHasTheSharedShapeAndTheCourseNumbers() {
        Summary s = problem.summarize(problem.defaults(), JobContext.none());
        JsonObject json = JsonParser.parseString(s.toJson()).getAsJsonObject();
        assertEquals("eight-schools-exact", json.get("problem").getAsString());
        JsonObject settings = json.getAsJsonObject("settings");
        for (String name : List.of("mu0", "kappa0", "nu0", "tau2-0", "grid-size", "grid-max", "samples", "seed", "tau")) {
            assertTrue(settings.has(name), name);
        }
        JsonArray params = json.getAsJsonArray("parameters");
        assertEquals(10, params.size());
        assertEquals("mu", params.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("tau", params.get(1).getAsJsonObject().get("name").getAsString());
        assertEquals("theta[8]", params.get(9).getAsJsonObject().get("name").getAsString());
        JsonObject tau = params.get(1).getAsJsonObject();
        assertFalse(tau.has("r_hat"), "an exact problem has no sampler diagnostics");
        assertFalse(json.has("sampler"));
        assertEquals(4.582126229586, tau.get("mean").getAsDouble(), 1e-8);

        assertEquals(4.46, Math.round(s.quantity("tau_mean_grid") * 100) / 100.0, 0);
        assertEquals(2.54, Math.round(s.quantity("tau_sd_grid") * 100) / 100.0, 0);
        assertEquals(7.685616724956035, s.quantity("pooled_mean"), 1e-12);
        assertEquals(4.071919158402296, s.quantity("pooled_sd"), 1e-12);
        assertEquals(4.707078864400158 / 7, s.quantity("anova_f"), 1e-12);
        assertEquals(0.6956591666351959, s.quantity("anova_p"), 1e-10);

        // The seeded draws of the tab's table, reproducible from the command line.
        JsonObject drawn = json.getAsJsonObject("ancestral").getAsJsonObject("theta[1]");
        EightSchoolsExactResult r = new EightSchoolsExactCalculator(problem.data()).compute(problem.defaults(),
                JobContext.none());
        assertEquals(r.draws().get(0).mean(), drawn.get("mean").getAsDouble(), 0);
        assertEquals(r.draws().get(0).q95(), drawn.get("q95").getAsDouble(), 0);
    }

    @Test
    void thetaQuantilesAreOrderedAndAgreeWithTheExactPosterior() {
        Summary s = problem.summarize(problem.defaults(), JobContext.none());
        ExactPosterior e = ExactPosterior.compute(new HierarchicalNormalModel(problem.data(),
                new NixPrior(0, 0.1, 0.1, 100)));
        for (int j = 0; j < 8; j++) {
            ParameterSummary p = s.parameter("theta[" + (j + 1) + "]");
            assertEquals(e.thetaMean(j), p.mean(), 1e-12);
            assertTrue(p.q5() < p.q50() && p.q50() < p.q95());
            assertEquals(0.05, e.thetaCdf(j, p.q5()), 1e-9);
            assertEquals(0.95, e.thetaCdf(j, p.q95()), 1e-9);
        }
    }

    @Test
    void settingsFollowTheSliders() {
        Settings moved = problem.defaults().with("tau2-0", 10.0).with("nu0", 5.0);
        Summary a = problem.summarize(problem.defaults(), JobContext.none());
        Summary b = problem.summarize(moved, JobContext.none());
        assertTrue(b.parameter("tau").mean() < a.parameter("tau").mean(), "a prior scale of 10 pulls tau down");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> problem.defaults().with("kappa0", 0.0));
        assertEquals("--kappa0 0.0 is not allowed: expected a number from 0.001 to 100", e.getMessage());
    }

    @Test
    void figuresAreNamedAndFilled() {
        List<Figure> figures = problem.figures(problem.defaults(), JobContext.none());
        assertEquals(List.of("eight-schools-exact-tau2-posterior", "eight-schools-exact-tau-posterior",
                        "eight-schools-exact-mu-given-tau2", "eight-schools-exact-shrinkage",
                        "eight-schools-exact-forest-at-tau", "eight-schools-exact-ancestral-histograms",
                        "eight-schools-exact-pooling-comparison"),
                figures.stream().map(Figure::name).toList());
        for (Figure f : figures) {
            assertTrue(f.chart().getTitle() != null && !f.chart().getTitle().getText().isEmpty(), f.name());
        }
    }

    @Test
    void calculatorReusesTheQuadratureWhenOnlyTheMarkerMoves() {
        EightSchoolsExactCalculator c = new EightSchoolsExactCalculator(problem.data());
        EightSchoolsExactResult a = c.compute(problem.defaults(), JobContext.none());
        EightSchoolsExactResult b = c.compute(problem.defaults().with("tau", 10.0), JobContext.none());
        EightSchoolsExactResult d = c.compute(problem.defaults().with("mu0", 5.0), JobContext.none());
        assertTrue(a.exact() == b.exact());
        assertFalse(a.exact() == d.exact());
        // At the marker: the conditional posterior of the model.
        HierarchicalNormalModel m = new HierarchicalNormalModel(problem.data(), new NixPrior(0, 0.1, 0.1, 100));
        HierarchicalNormalModel.AtTau2 at = m.atTau2(100);
        assertEquals(m.thetaMean(0, 100, at), b.shrinkage().markerMean()[0], 1e-12);
        assertEquals(Math.sqrt(m.thetaVariance(0, 100, at)), b.shrinkage().markerSd()[0], 1e-12);
        // At tau = 0 the prior pins every school to mu0; far out the curves approach the raw effects.
        assertEquals(0, a.shrinkage().mean()[0][0], 1e-12);
        assertEquals(10000, a.drawCount());
    }
}
