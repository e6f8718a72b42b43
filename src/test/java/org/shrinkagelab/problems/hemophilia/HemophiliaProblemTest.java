package org.shrinkagelab.problems.hemophilia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

/** The summary the command line prints for the hemophilia problem. */
class HemophiliaProblemTest {
    private final HemophiliaProblem problem = new HemophiliaProblem();

    @Test
    void summaryOfTwoUnaffectedSons() {
        Summary s = problem.summarize(problem.defaults().with("sons", "0,0"), JobContext.none());
        JsonObject q = JsonParser.parseString(s.toJson()).getAsJsonObject().getAsJsonObject("quantities");
        assertEquals(0.625, q.get("evidence").getAsDouble(), 0);
        assertEquals(0.2, q.get("posterior").getAsDouble(), 1e-16);
        assertEquals(0.1, q.get("predictive_affected").getAsDouble(), 1e-16);
        assertEquals("1/5", q.get("posterior_fraction").getAsString());
        assertEquals("5/8", q.get("evidence_fraction").getAsString());
        assertEquals(3, q.getAsJsonArray("sequence").size());
    }

    @Test
    void thirdSonGivesOneNinth() {
        Summary s = problem.summarize(problem.defaults().with("sons", "0,0,0"), JobContext.none());
        assertEquals(1.0 / 9, s.quantity("posterior"), 1e-16);
        assertEquals("1/9", s.quantities().get("posterior_fraction"));
    }

    @Test
    void impossibleSonsAreRefusedWithTheReason() {
        Settings s = problem.defaults().with("prior", 0.0).with("sons", "1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> problem.summarize(s, JobContext.none()));
        assertTrue(e.getMessage().contains("--sons 1 has probability 0 under --prior 0"), e.getMessage());
    }

    @Test
    void badSonsTextNamesTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> problem.defaults().with("sons", "0,x"));
        assertTrue(e.getMessage().startsWith("--sons 0,x"), e.getMessage());
    }

    @Test
    void registeredAndFigureNamed() {
        assertEquals(HemophiliaProblem.ID, TabCatalog.byId("hemophilia").id());
        Figure f = problem.figures(problem.defaults().with("sons", "0,0"), JobContext.none()).get(0);
        assertEquals("hemophilia-posterior", f.name());
    }
}
