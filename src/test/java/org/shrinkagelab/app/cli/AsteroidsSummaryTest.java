package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code summary asteroids}: class codes in the names, the PSIS-LOO figures, the comparison, and bad input. */
class AsteroidsSummaryTest {
    private static final String[] SHORT = {"--per-class", "5", "--warmup", "200", "--draws", "200", "--format",
        "json"};

    private static JsonObject summary(String... extra) {
        List<String> args = new ArrayList<>(List.of("summary", "asteroids"));
        args.addAll(List.of(SHORT));
        args.addAll(List.of(extra));
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static List<String> names(JsonObject o) {
        List<String> names = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("parameters")) {
            names.add(e.getAsJsonObject().get("name").getAsString());
        }
        return names;
    }

    @Test
    void hierarchicalSummaryNamesClassesAndReportsLoo() {
        JsonObject o = summary();
        assertTrue(names(o).containsAll(List.of("mu_0", "tau", "mu_class[MBA]", "mu_class[IMB]", "sigma_class[IMB]",
                "sigma_class[TJN]", "sigma_0", "omega")), names(o).toString());
        JsonObject q = o.getAsJsonObject("quantities");
        // 5 per class from classes of 1966, 476, 282, 30, 8, 4, 2, 1, 1
        assertEquals(5 * 5 + 4 + 2 + 1 + 1, q.get("asteroids").getAsInt());
        double elpd = q.get("elpd_loo").getAsDouble();
        assertEquals(-2 * elpd, q.get("looic").getAsDouble(), 1e-9);
        double pLoo = q.get("p_loo").getAsDouble();
        assertTrue(pLoo > 0 && pLoo < 40, "p_loo " + pLoo);
        assertTrue(q.get("pareto_k_max").getAsDouble() > -1, q.toString());
        assertTrue(q.get("se_elpd_loo").getAsDouble() > 0, q.toString());
    }

    @Test
    void compareRanksTheFourModels() {
        JsonObject o = summary("--model", "pooled", "--compare", "yes");
        assertEquals(List.of("mu", "sigma"), names(o));
        JsonArray rows = o.getAsJsonArray("loo_compare");
        Set<String> models = new java.util.HashSet<>();
        for (JsonElement e : rows) {
            models.add(e.getAsJsonObject().get("model").getAsString());
        }
        assertEquals(Set.of("pooled", "independent", "hierarchical", "mixture"), models);
        JsonObject best = rows.get(0).getAsJsonObject();
        assertEquals(0, best.get("elpd_diff").getAsDouble(), 1e-12);
        // the comparison's pooled row is the same fit as the summary's own
        for (JsonElement e : rows) {
            JsonObject r = e.getAsJsonObject();
            if (r.get("model").getAsString().equals("pooled")) {
                assertEquals(o.getAsJsonObject("quantities").get("elpd_loo").getAsDouble(), r.get("elpd_loo")
                        .getAsDouble(), 1e-9);
            }
        }
    }

    @Test
    void badPerClassIsRefusedNamingTheOption() {
        for (String bad : List.of("-1", "abc", "5000")) {
            CliTest.Run run = CliTest.run("summary", "asteroids", "--per-class", bad);
            assertEquals(2, run.code(), bad + ": " + run.err());
            assertTrue(run.err().contains("--per-class"), run.err());
            assertEquals("", run.out());
        }
        CliTest.Run run = CliTest.run("summary", "asteroids", "--model", "normal");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--model"), run.err());
    }
}
