package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shrinkagelab.data.CsvTable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;

/**
 * Reading Stan's CSV output and the chain,draw format, checked against peers: a real rstan run
 * (src/test/resources/diag/stan/make_rstan_fixture.R: posterior's summary of rstan::read_stan_csv, rstan's
 * get_bfmi) and hand-made files in CmdStan's layout (make_cmdstan_fixture.R: posterior's summary of the
 * files read back by read.csv). Tolerance 1e-9 relative: both sides read the same 6-digit numbers, so only
 * floating-point order differs.
 */
class DrawsCsvTest {
    private static final double REL = 1e-9;

    @TempDir
    Path tmp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DrawsCsvTest.class.getResource("/diag/stan/" + name).toURI());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(1e-12, REL * Math.abs(expected)), what);
    }

    /** Every parameter of the reference, column by column; returns how many were compared. */
    private static int assertMatchesReference(Draws draws, Path reference) throws DataFormatException {
        CsvTable ref = CsvTable.readCommented(reference);
        List<ParameterSummary> rows = Diagnostics.summarize(draws);
        int compared = 0;
        for (int r = 0; r < ref.rowCount(); r++) {
            String name = ref.text(r, ref.column("variable"));
            if (name.endsWith("__")) {
                continue; // lp__ is a sampler statistic here, not a parameter
            }
            ParameterSummary s = rows.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                    () -> new AssertionError("no parameter " + name + " in " + draws.parameters()));
            double[] actual = {s.mean(), s.sd(), s.q5(), s.q50(), s.q95(), s.mcseMean(), s.mcseSd(), s.essBulk(),
                s.essTail(), s.rHat()};
            String[] columns = {"mean", "sd", "q5", "q50", "q95", "mcse_mean", "mcse_sd", "ess_bulk", "ess_tail",
                "rhat"};
            for (int k = 0; k < columns.length; k++) {
                assertClose(ref.number(r, ref.column(columns[k])), actual[k], name + " " + columns[k]);
            }
            compared++;
        }
        assertEquals(rows.size(), compared, "every parameter read has a reference row");
        return compared;
    }

    @Test
    void realRstanOutputMatchesPosteriorAndRstan() throws Exception {
        Draws d = DrawsCsv.read(List.of(resource("rstan_eight_schools_1.csv"), resource("rstan_eight_schools_2.csv")));
        assertEquals(2, d.chains());
        assertEquals(200, d.draws(0), "the 200 saved warm-up draws are dropped");
        assertEquals(Draws.STAN_STATS, d.stats());
        assertEquals(List.of("mu", "tau", "theta_tilde[1]"), d.parameters().subList(0, 3));
        assertEquals(18, assertMatchesReference(d, resource("rstan_reference.csv")));
        CsvTable sampler = CsvTable.readCommented(resource("rstan_sampler.csv"));
        double[] ebfmi = Diagnostics.ebfmi(d);
        for (int c = 0; c < 2; c++) {
            assertClose(sampler.number(c, sampler.column("ebfmi")), ebfmi[c], "E-BFMI of chain " + (c + 1));
        }
        assertEquals((int) sampler.number(0, sampler.column("divergences")), Diagnostics.divergences(d));
        assertEquals((int) sampler.number(0, sampler.column("max_treedepth_hits")), Diagnostics.treedepthHits(d, 10));
    }

    @Test
    void cmdStanLayoutMatchesPosterior() throws Exception {
        Draws d = DrawsCsv.read(List.of(resource("cmdstan_1.csv"), resource("cmdstan_2.csv")));
        assertEquals(List.of("alpha", "beta[1]", "beta[2]"), d.parameters());
        assertEquals(Draws.STAN_STATS, d.stats());
        assertEquals(150, d.draws(1));
        assertEquals(3, assertMatchesReference(d, resource("cmdstan_reference.csv")));
        // the reference's header comments carry E-BFMI and the counts
        List<String> lines = Files.readAllLines(resource("cmdstan_reference.csv"));
        String[] ebfmi = lines.get(1).replace("# ebfmi = ", "").split(" ");
        assertClose(Double.parseDouble(ebfmi[0]), Diagnostics.ebfmi(d)[0], "E-BFMI 1");
        assertClose(Double.parseDouble(ebfmi[1]), Diagnostics.ebfmi(d)[1], "E-BFMI 2");
        assertEquals(lines.get(2), "# divergences = " + Diagnostics.divergences(d));
        assertEquals(lines.get(3), "# max_treedepth_hits = " + Diagnostics.treedepthHits(d, 10));
    }

    @Test
    void savedWarmupRowsAreDropped() throws Exception {
        Draws d = DrawsCsv.read(List.of(resource("cmdstan_warmup_1.csv")));
        assertEquals(40, d.draws(0), "ceiling(9 / 2) = 5 warm-up rows dropped from 45");
        assertEquals(0.00251805, d.parameter("alpha")[0][0], 0, "first draw after '# Adaptation terminated'");
        assertArrayEquals(new double[] {0.55}, new double[] {d.stat("stepsize__")[0][0]});
    }

    @Test
    void maxTreedepthComesFromTheConfigurationComments() throws Exception {
        assertEquals(10, DrawsCsv.maxTreedepth(resource("cmdstan_1.csv")).getAsInt(), "CmdStan's max_depth = 10");
        assertEquals(10, DrawsCsv.maxTreedepth(resource("rstan_eight_schools_1.csv")).getAsInt(), "max_treedepth=10");
        Path twelve = Files.writeString(tmp.resolve("d.csv"), "#   max_depth = 12\nlp__,x\n1,2\n3,4\n");
        assertEquals(12, DrawsCsv.maxTreedepth(twelve).getAsInt());
        Path none = Files.writeString(tmp.resolve("n.csv"), "chain,draw,x\n1,1,2\n");
        assertTrue(DrawsCsv.maxTreedepth(none).isEmpty());
    }

    @Test
    void writtenDrawsReadBackExactly() throws Exception {
        double[][][] values = {
            {{0.1, -1e-300, 3.0}, {1.0 / 3, 2, 7e10}, {-5, -6, -7.25}},
            {{Math.PI, 0, -0.0}, {Math.E, 1e-17, 4}, {-1, -2, -3}},
        };
        Draws d = new Draws(List.of("mu", "a[1,2]"), List.of("lp__"), values, true);
        Path f = tmp.resolve("draws.csv");
        DrawsCsv.write(d, f);
        List<String> lines = Files.readAllLines(f);
        assertEquals("chain,draw,mu,\"a[1,2]\",lp__", lines.get(0));
        assertEquals("1,1,0.1,0.3333333333333333,-5.0", lines.get(1));
        Draws back = DrawsCsv.read(List.of(f));
        assertEquals(d.parameters(), back.parameters());
        assertEquals(d.stats(), back.stats());
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(values[c][k], back.values()[c][k], 0);
            }
        }
    }

    @Test
    void rowsMayComeInAnyChainOrderAndPosteriorsColumnsAreUnderstood() throws Exception {
        Draws d = DrawsCsv.parse("mixed.csv", "chain,draw,x\n2,1,10\n1,1,1\n2,2,20\n1,2,2\n");
        assertArrayEquals(new double[] {1, 2}, d.parameter("x")[0]);
        assertArrayEquals(new double[] {10, 20}, d.parameter("x")[1]);
        Draws p = DrawsCsv.parse("df.csv", "x,.chain,.iteration,.draw\n1,1,1,1\n2,1,2,2\n3,2,1,3\n4,2,2,4\n");
        assertEquals(List.of("x"), p.parameters());
        assertArrayEquals(new double[] {3, 4}, p.parameter("x")[1]);
    }

    @Test
    void filesOfChainFormatAddTheirChains() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.csv"), "chain,draw,x\n1,1,1\n1,2,2\n2,1,3\n2,2,4\n");
        Path b = Files.writeString(tmp.resolve("b.csv"), "chain,draw,x\n1,1,5\n1,2,6\n");
        Draws d = DrawsCsv.read(List.of(a, b));
        assertEquals(3, d.chains());
        assertArrayEquals(new double[] {5, 6}, d.parameter("x")[2]);
    }

    @Test
    void stanNamesOfIndexedParameters() {
        assertEquals("theta[1]", DrawsCsv.stanName("theta.1"));
        assertEquals("L_Omega[2,3]", DrawsCsv.stanName("L_Omega.2.3"));
        assertEquals("mu", DrawsCsv.stanName("mu"));
        assertEquals("x.y", DrawsCsv.stanName("x.y"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ragged row          | chain,draw,x\\n1,1,0.5\\n1,2\\n                      | bad.csv, line 3: 2 cells, but the header has 3 columns
            non-numeric cell    | chain,draw,x\\n1,1,0.5\\n1,2,abc\\n                  | bad.csv, line 3, column 'x': 'abc' is not a number
            java number syntax  | chain,draw,x\\n1,1,0.5\\n1,2,2d\\n                   | bad.csv, line 3, column 'x': '2d' is not a number
            hex float           | chain,draw,x\\n1,1,0.5\\n1,2,0x1p1\\n                | bad.csv, line 3, column 'x': '0x1p1' is not a number
            hash row is data    | chain,draw,x\\n1,1,0.5\\n#1,2,0.6\\n                | bad.csv, line 3, column 'chain': '#1' is not a positive whole number
            comments in ours    | # note\\nchain,draw,x\\n1,1,0.5\\n1,2,0.6\\n          | bad.csv: '#' comment lines before a chain,draw header; only CmdStan files have comments (in a chain,draw file such a line would be data)
            two chain columns   | chain,draw,x,chain\\n1,1,0.5,1\\n1,2,0.6,1\\n         | bad.csv: the column 'chain' appears twice (columns 1 and 4)
            divergent not 0/1   | lp__,divergent__,x\\n-1,0,0.5\\n-1,-3.5,0.6\\n       | bad.csv, line 3, column 'divergent__': '-3.5' is not 0 or 1 (divergent__ marks a divergence)
            treedepth fraction  | lp__,treedepth__,x\\n-1,2,0.5\\n-1,2.5,0.6\\n       | bad.csv, line 3, column 'treedepth__': '2.5' is not a whole number of at least 0 (treedepth__ is a tree depth)
            treedepth negative  | lp__,treedepth__,x\\n-1,2,0.5\\n-1,-1,0.6\\n        | bad.csv, line 3, column 'treedepth__': '-1' is not a whole number of at least 0 (treedepth__ is a tree depth)
            max_depth zero      | # max_depth = 0\\nlp__,x\\n-1,0.5\\n-1,0.6\\n           | bad.csv: the comment 'max_depth = 0' is not allowed: the maximum tree depth is a whole number from 1 to 100 (give --max-treedepth to override)
            max_depth words     | # max_depth = deep\\nlp__,x\\n-1,0.5\\n-1,0.6\\n        | bad.csv: the comment 'max_depth = deep' is not allowed: the maximum tree depth is a whole number from 1 to 100 (give --max-treedepth to override)
            ansi in header      | chain,draw,\u001b[31mred\\n1,1,0.5\\n1,2,abc\\n        | bad.csv, line 3, column '\\u001b[31mred': 'abc' is not a number
            different lengths   | chain,draw,x\\n1,1,1\\n1,2,2\\n1,3,3\\n2,1,1\\n2,2,2\\n | bad.csv, line 6: chain 2 ends after 2 draws, but the first chain of bad.csv has 3 (chains must have the same length)
            single draw         | chain,draw,x\\n1,1,0.5\\n                          | bad.csv, line 2: chain 1 has a single draw; diagnostics need at least 2
            header only         | chain,draw,x\\n                                   | bad.csv: no draws after the header
            empty file          | ' '                                             | bad.csv: the file is empty (a header row is needed)
            no chain column     | draw,x\\n1,0.5\\n2,0.6\\n                           | bad.csv: missing column 'chain'; found: draw, x
            neither             | x,y\\n1,2\\n3,4\\n                                  | bad.csv: missing columns 'chain' and 'draw', and not a CmdStan CSV (no lp__ column); found: x, y
            no parameter        | chain,draw,lp__\\n1,1,-3\\n1,2,-4\\n                | bad.csv: no parameter columns; found: chain, draw, lp__
            chain not integer   | chain,draw,x\\n1.5,1,0.5\\n                        | bad.csv, line 2, column 'chain': '1.5' is not a positive whole number
            draws not in order  | chain,draw,x\\n1,2,0.5\\n1,1,0.6\\n                 | bad.csv, line 3, column 'draw': draw 1 of chain 1 follows draw 2 (draws must increase within a chain)
            duplicate column    | chain,draw,x,x\\n1,1,0.5,1\\n1,2,0.6,2\\n           | bad.csv: the column 'x' appears twice (columns 3 and 4)
            duplicate stan name | lp__,theta.1,theta[1]\\n-1,0.5,1\\n-2,0.6,2\\n        | bad.csv: the column 'theta[1]' appears twice (columns 2 and 3)
            cmdstan one draw    | lp__,theta\\n# Adaptation terminated\\n-1,0.5\\n    | bad.csv, line 3: the chain has a single draw; diagnostics need at least 2
            cmdstan variational | # method = variational\\nlp__,theta\\n0,0.5\\n-1,0.5\\n-2,0.6\\n | bad.csv: written by CmdStan's 'variational' method, not by 'sample': its rows are not MCMC draws
            cmdstan bad warmup  | # save_warmup = 1\\n# num_warmup = many\\nlp__,theta\\n-1,0.5\\n-2,0.6\\n | bad.csv: the comment 'num_warmup = many' is not a whole number of at least 0, so the saved warm-up draws cannot be told apart
            """)
    void malformedInputIsOneLineNamingFileAndLine(String what, String text, String message) throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, text.replace("\\n", "\n").strip().isEmpty() ? "" : text.replace("\\n", "\n"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> DrawsCsv.read(List.of(f)), what);
        assertEquals(message.replace("bad.csv", f.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void filesThatDisagreeAreNamed() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.csv"), "lp__,theta\n-1,0.5\n-2,0.6\n-3,0.7\n");
        Path b = Files.writeString(tmp.resolve("b.csv"), "lp__,theta\n-1,0.5\n-2,0.6\n");
        Path c = Files.writeString(tmp.resolve("c.csv"), "lp__,mu\n-1,0.5\n-2,0.6\n-3,0.7\n");
        DataFormatException shorter = assertThrows(DataFormatException.class, () -> DrawsCsv.read(List.of(a, b)));
        assertEquals(b + ", line 3: the chain ends after 2 draws, but the first chain of " + a
                + " has 3 (chains must have the same length)", shorter.getMessage());
        DataFormatException other = assertThrows(DataFormatException.class, () -> DrawsCsv.read(List.of(a, c)));
        assertEquals(c + ": its columns (mu, lp__) differ from those of " + a + " (theta, lp__)", other.getMessage());
        DataFormatException missing = assertThrows(DataFormatException.class,
                () -> DrawsCsv.read(List.of(tmp.resolve("nope.csv"))));
        assertTrue(missing.getMessage().endsWith("nope.csv: no such file"), missing.getMessage());
    }

    @Test
    void writerOutputIsWhatRReads() throws Exception {
        StringWriter w = new StringWriter();
        DrawsCsv.write(new Draws(List.of("x"), List.of(), new double[][][] {{{1.5, 2.5}}}, true), w);
        assertEquals("chain,draw,x\n1,1,1.5\n1,2,2.5\n", w.toString());
    }
}
