package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.data.CsvTable;

/**
 * {@code diagnose} end to end on real files: the rstan run of src/test/resources/diag/stan (reference numbers
 * from posterior and rstan, see make_rstan_fixture.R) and malformed files written here.
 */
class DiagnoseCommandTest {
    @TempDir
    Path tmp;

    private static String stan(String name) throws Exception {
        return Path.of(DiagnoseCommandTest.class.getResource("/diag/stan/" + name).toURI()).toString();
    }

    @Test
    void jsonHasEveryParameterWithPosteriorsNumbers() throws Exception {
        CliRun r = CliRun.of("diagnose", stan("rstan_eight_schools_1.csv"), stan("rstan_eight_schools_2.csv"),
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray params = root.getAsJsonArray("parameters");
        assertEquals(18, params.size());
        CsvTable ref = CsvTable.readCommented(Path.of(stan("rstan_reference.csv")));
        for (int i = 0; i < params.size(); i++) {
            JsonObject p = params.get(i).getAsJsonObject();
            assertEquals(ref.text(i, ref.column("variable")), p.get("name").getAsString());
            for (String field : new String[] {"mean", "q5", "mcse_sd", "ess_bulk", "ess_tail"}) {
                double expected = ref.number(i, ref.column(field));
                assertEquals(expected, p.get(field).getAsDouble(), 1e-9 * Math.abs(expected), field);
            }
            assertEquals(ref.number(i, ref.column("rhat")), p.get("r_hat").getAsDouble(), 1e-9);
        }
        JsonObject sampler = root.getAsJsonObject("sampler");
        assertEquals(2, sampler.get("chains").getAsInt());
        assertEquals(200, sampler.get("draws").getAsInt());
        assertEquals(0, sampler.get("divergences").getAsInt());
        CsvTable bfmi = CsvTable.readCommented(Path.of(stan("rstan_sampler.csv")));
        assertEquals(bfmi.number(1, bfmi.column("ebfmi")), sampler.getAsJsonArray("ebfmi").get(1).getAsDouble(), 1e-12);
    }

    @Test
    void tableShowsSummaryAndSamplerLines() throws Exception {
        CliRun r = CliRun.of("diagnose", stan("cmdstan_1.csv"), stan("cmdstan_2.csv"));
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("parameter") && lines[0].contains("ess_bulk") && lines[0].contains("r_hat"),
                lines[0]);
        assertTrue(lines[1].startsWith("alpha "), lines[1]);
        assertTrue(lines[3].startsWith("beta[2] "), lines[3]);
        assertTrue(r.out().contains("chains: 2, draws per chain: 150\n"), r.out());
        assertTrue(r.out().contains("divergences: 6 of 300 draws\n"), r.out());
        assertTrue(r.out().contains("max tree depth (10) hits: 4 of 300 draws\n"), r.out());
        // make_cmdstan_fixture.R: E-BFMI 1.8133731438575145 and 1.6078670374039752
        assertTrue(r.out().contains("E-BFMI per chain: 1.813 1.608\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void treeDepthHitsCountAtTheFilesMaximumUnlessGiven() throws Exception {
        String text = Files.readString(Path.of(stan("cmdstan_1.csv")))
                .replace("max_depth = 10 (Default)", "max_depth = 4");
        Path f = Files.writeString(tmp.resolve("depth4.csv"), text);
        // the fixture's tree depths are 2, 3, 4 and two draws of 10: at maximum 4, every depth 4 or 10 counts
        long atLeast4 = Files.readAllLines(f).stream().filter(l -> !l.startsWith("#") && !l.startsWith("lp__"))
                .filter(l -> Double.parseDouble(l.split(",")[3]) >= 4).count();
        assertTrue(atLeast4 > 2);
        assertTrue(CliRun.of("diagnose", f.toString()).out()
                .contains("max tree depth (4) hits: " + atLeast4 + " of 150"));
        assertTrue(CliRun.of("diagnose", f.toString(), "--max-treedepth", "10").out()
                .contains("max tree depth (10) hits: 2 of 150"));
    }

    @Test
    void lowEbfmiIsFlaggedAndConstantDrawsShowNa() throws Exception {
        // energy alternating slowly: successive differences small against the variance
        StringBuilder csv = new StringBuilder("chain,draw,x,energy__\n");
        for (int i = 1; i <= 40; i++) {
            csv.append("1,").append(i).append(",2.5,").append(i).append('\n');
        }
        Path f = Files.writeString(tmp.resolve("low.csv"), csv);
        CliRun r = CliRun.of("diagnose", f.toString());
        assertEquals(0, r.exit(), r.err());
        // E-BFMI = (39 / 40) / var(1..40) = 0.975 / 136.67
        assertTrue(r.out().contains("E-BFMI per chain: 0.007134  (below 0.3"), r.out());
        String row = r.out().split("\n")[1];
        assertTrue(row.startsWith("x ") && row.trim().endsWith("NA"), row);
        assertFalse(r.out().contains("divergences"), "no divergent__ column, no divergence line");
    }

    @Test
    void malformedFileIsOneErrorLineAndExitCode2() throws Exception {
        Path f = Files.writeString(tmp.resolve("bad.csv"), "chain,draw,x\n1,1,0.5\n1,2,oops\n");
        CliRun r = CliRun.of("diagnose", f.toString());
        assertEquals(Cli.USAGE, r.exit());
        assertEquals("error: " + f + ", line 3, column 'x': 'oops' is not a number\n", r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void missingFileAndNoFileAreUsageErrors() {
        CliRun missing = CliRun.of("diagnose", tmp.resolve("absent.csv").toString(), "--format", "json");
        assertEquals(Cli.USAGE, missing.exit());
        assertEquals("error: " + tmp.resolve("absent.csv") + ": no such file", missing.err().strip());
        CliRun none = CliRun.of("diagnose");
        assertEquals(Cli.USAGE, none.exit());
        assertTrue(none.err().startsWith("error: "), none.err());
        CliRun depth = CliRun.of("diagnose", "x.csv", "--max-treedepth", "0");
        assertEquals(Cli.USAGE, depth.exit());
        assertEquals("error: --max-treedepth 0 is not allowed: expected 1 to 100", depth.err().strip());
    }
}
