package org.shrinkagelab.problems.tennis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Summary;

/** The summary the command line prints for the tennis problem. */
class TennisProblemTest {
    private final TennisProblem problem = new TennisProblem();

    @Test
    void defaultSummaryHasTheCourseQuestion() {
        Summary s = problem.summarize(problem.defaults(), JobContext.none());
        JsonObject root = JsonParser.parseString(s.toJson()).getAsJsonObject();
        JsonObject q = root.getAsJsonObject("quantities");
        assertEquals(30_000, root.getAsJsonObject("settings").get("samples").getAsInt());
        assertEquals(0, root.getAsJsonObject("settings").get("seed").getAsInt());
        double est = q.get("p_you_win").getAsDouble();
        double mcse = q.get("p_you_win_mcse").getAsDouble();
        double exact = q.get("p_you_win_exact").getAsDouble();
        assertTrue(Math.abs(est - exact) < 3 * mcse, est + " vs " + exact);
        assertTrue(exact < 0.5, "beating A, who beat B who beat C, is less likely than a coin flip");
        assertTrue(q.get("ess").getAsDouble() > 1000);
        assertEquals(4, root.getAsJsonArray("parameters").size());
        assertEquals("skill_a", root.getAsJsonArray("parameters").get(0).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void observationsAreChoices() {
        TennisNetwork net = TennisProblem.network(problem.defaults().with("a-vs-b", "b-won").with("a-vs-c", "c-won"));
        assertEquals(Player.B, net.winnerOf(TennisMatch.A_VS_B));
        assertEquals(Player.B, net.winnerOf(TennisMatch.B_VS_C));
        assertEquals(Player.C, net.winnerOf(TennisMatch.A_VS_C));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> problem.defaults().with("a-vs-b", "c-won"));
        assertTrue(e.getMessage().contains("a-won, b-won, unobserved"), e.getMessage());
    }

    @Test
    void noObservationsGiveOneHalf() {
        Summary s = problem.summarize(problem.defaults().with("a-vs-b", "unobserved").with("b-vs-c", "unobserved"),
                JobContext.none());
        assertEquals(0.5, s.quantity("p_you_win_exact"), 1e-13);
        assertEquals(30_000, s.quantity("ess"), 1e-6);
    }

    @Test
    void registeredWithNamedFigures() {
        assertEquals(TennisProblem.ID, TabCatalog.byId("tennis").id());
        List<Figure> figures = problem.figures(problem.defaults(), JobContext.none());
        assertEquals(List.of("tennis-network", "tennis-convergence", "tennis-skills"),
                figures.stream().map(Figure::name).toList());
    }
}
