package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loo} end to end on the loo fixtures (src/test/resources/loo, see make_fixtures.R) and bad files. */
class LooCommandTest {
    @TempDir
    Path tmp;

    private static String fixture(String name) throws Exception {
        return Path.of(LooCommandTest.class.getResource("/loo/" + name).toURI()).toString();
    }

    private static JsonObject reference(String name) throws Exception {
        return JsonParser.parseString(Files.readString(Path.of(fixture(name)))).getAsJsonObject();
    }

    @Test
    void jsonOfCmdStanFilesMatchesLoo() throws Exception {
        CliRun r = CliRun.of("loo", fixture("odd_1.csv"), fixture("odd_2.csv"), fixture("odd_3.csv"), "--format",
                "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject ref = reference("odd_loo.json");
        for (String field : new String[] {"elpd_loo", "se_elpd_loo", "p_loo", "se_p_loo", "looic", "se_looic"}) {
            double expected = ref.get(field).getAsDouble();
            assertEquals(expected, root.get(field).getAsDouble(), 1e-10 * Math.abs(expected), field);
        }
        assertTrue(root.get("mcse_elpd_loo").isJsonNull(), "NA in loo: a k above 0.7");
        assertEquals(2121, root.get("draws").getAsInt());
        assertEquals(3, root.get("chains").getAsInt());
        JsonArray pointwise = root.getAsJsonArray("pointwise");
        assertEquals(20, pointwise.size());
        JsonArray k = ref.getAsJsonObject("pointwise").getAsJsonArray("pareto_k");
        for (int i = 0; i < 20; i++) {
            JsonObject p = pointwise.get(i).getAsJsonObject();
            assertEquals("log_lik[" + (i + 1) + "]", p.get("name").getAsString());
            assertEquals(k.get(i).getAsDouble(), p.get("pareto_k").getAsDouble(), 1e-10);
        }
        assertTrue(root.get("warning").getAsString().contains("above 0.70"), root.get("warning").toString());
    }

    @Test
    void tableShowsEstimatesKBandsAndWarning() throws Exception {
        CliRun r = CliRun.of("loo", fixture("normal.csv"));
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Computed from 4000 by 20 log-likelihood matrix (4 chains)\n"), out);
        // loo prints elpd_loo -47.6 (9.9), p_loo 5.8 (5.0), looic 95.3 (19.8) for this file
        assertTrue(out.contains("elpd_loo       -47.64     9.91\n"), out);
        assertTrue(out.contains("p_loo            5.76     5.00\n"), out);
        assertTrue(out.contains("  (-Inf, 0.5]   good         19   95.0%\n"), out);
        assertTrue(out.contains("  (1, Inf)      very bad      1    5.0%\n"), out);
        assertTrue(out.contains("\nwarning: 1 of 20 Pareto k values are above 0.70"), out);
    }

    @Test
    void fileWithoutLogLikIsOneErrorLine() throws Exception {
        Path f = tmp.resolve("plain.csv");
        Files.writeString(f, "chain,draw,mu\n1,1,0.5\n1,2,0.7\n");
        CliRun r = CliRun.of("loo", f.toString());
        assertEquals(Cli.USAGE, r.exit());
        assertEquals("", r.out());
        assertEquals("error: " + f + ": no log_lik[1..N] columns (the pointwise log-likelihoods a Stan model writes in "
                + "generated quantities); found: mu\n", r.err());
    }

    @Test
    void malformedFileNamesLineAndColumn() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "chain,draw,log_lik[1]\n1,1,-0.5\n1,2,oops\n");
        CliRun r = CliRun.of("loo", f.toString());
        assertEquals(Cli.USAGE, r.exit());
        assertTrue(r.err().startsWith("error: " + f + ", line 3, column 'log_lik[1]'"), r.err());
        assertEquals(1, r.err().lines().count());
    }
}
