package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.BlockingRun;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.DrawsCsv;

/**
 * PSIS-LOO against the loo R package 2.5.1 on the committed draws of src/test/resources/loo (made by
 * make_fixtures.R there: a normal model with an outlier whose k-hat exceeds 1, a Student-t model by
 * random-walk Metropolis, AR(1) chains, and three CmdStan files of 707 draws, a length that is not an FFT
 * size). Both sides start from the same decimal numbers and the references carry 15 significant digits, so the
 * tolerance 1e-10 relative (all but one MCSE agree to 1e-12) is far inside the 1e-6 the issue asks for.
 */
class LooTest {
    private static final double REL = 1e-10;

    static Path fixture(String name) throws Exception {
        return Path.of(LooTest.class.getResource("/loo/" + name).toURI());
    }

    static JsonObject json(String name) throws Exception {
        return JsonParser.parseString(Files.readString(fixture(name))).getAsJsonObject();
    }

    static Draws draws(String testCase) throws Exception {
        List<Path> files = new ArrayList<>();
        if (testCase.equals("odd")) {
            for (int c = 1; c <= 3; c++) {
                files.add(fixture("odd_" + c + ".csv"));
            }
        } else {
            files.add(fixture(testCase + ".csv"));
        }
        return DrawsCsv.read(files);
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)), what);
    }

    @ParameterizedTest
    @ValueSource(strings = {"normal", "student", "ar", "odd"})
    void matchesLooPackage(String testCase) throws Exception {
        JsonObject ref = json(testCase + "_loo.json");
        LooResult loo = Loo.of(draws(testCase));
        assertEquals(ref.get("draws").getAsInt(), loo.draws());
        assertEquals(ref.get("observations").getAsInt(), loo.observations());
        close(ref.get("elpd_loo").getAsDouble(), loo.elpdLoo(), "elpd_loo");
        close(ref.get("se_elpd_loo").getAsDouble(), loo.seElpdLoo(), "se_elpd_loo");
        close(ref.get("p_loo").getAsDouble(), loo.pLoo(), "p_loo");
        close(ref.get("se_p_loo").getAsDouble(), loo.sePLoo(), "se_p_loo");
        close(ref.get("looic").getAsDouble(), loo.looic(), "looic");
        close(ref.get("se_looic").getAsDouble(), loo.seLooic(), "se_looic");
        JsonElement mcse = ref.get("mcse_elpd_loo");
        if (mcse.isJsonNull()) {
            assertTrue(Double.isNaN(loo.mcseElpdLoo()), "loo's mcse_loo is NA when some k > 0.7");
        } else {
            close(mcse.getAsDouble(), loo.mcseElpdLoo(), "mcse_elpd_loo");
        }
        JsonObject pw = ref.getAsJsonObject("pointwise");
        JsonArray rEff = ref.getAsJsonArray("r_eff");
        for (int i = 0; i < loo.observations(); i++) {
            PointwiseLoo p = loo.pointwise().get(i);
            String at = testCase + " log_lik[" + (i + 1) + "] ";
            assertEquals("log_lik[" + (i + 1) + "]", p.name());
            close(rEff.get(i).getAsDouble(), p.rEff(), at + "r_eff");
            close(pw.getAsJsonArray("elpd_loo").get(i).getAsDouble(), p.elpdLoo(), at + "elpd_loo");
            close(pw.getAsJsonArray("pareto_k").get(i).getAsDouble(), p.paretoK(), at + "pareto_k");
            close(pw.getAsJsonArray("p_loo").get(i).getAsDouble(), p.pLoo(), at + "p_loo");
            close(pw.getAsJsonArray("looic").get(i).getAsDouble(), p.looic(), at + "looic");
            close(pw.getAsJsonArray("n_eff").get(i).getAsDouble(), p.nEff(), at + "n_eff");
            // loo's MCSE goes through 1000 normal quantiles; commons-math's inverse normal CDF differs from R's in
            // the last digits, which the 1e-9 tolerance absorbs
            close(pw.getAsJsonArray("mcse_elpd_loo").get(i).getAsDouble(), p.mcseElpdLoo(), at + "mcse_elpd_loo");
        }
    }

    @Test
    void outlierHasHighKAndAWarning() throws Exception {
        LooResult normal = Loo.of(draws("normal"));
        assertEquals(0.7, normal.kThreshold(), 0, "S = 4000: min(1 - 1/log10(S), 0.7)");
        assertEquals(1, normal.countKAbove(0.7));
        assertTrue(normal.pointwise().get(19).paretoK() > 1);
        assertTrue(normal.warning().startsWith("1 of 20 Pareto k values are above 0.70"), normal.warning());
        assertNull(Loo.of(draws("student")).warning(), "every k of the Student-t model is below 0.5");
    }

    /**
     * The observations smoothed as parallel parts on every core give exactly the result computed one after another,
     * and a cancelled context stops them.
     */
    @Test
    void observationsAsParallelPartsGiveExactlyTheSequentialResult() throws Exception {
        Draws draws = draws("normal");
        List<String> names = Loo.logLikColumns(draws.parameters());
        double[][][] logLik = new double[draws.chains()][names.size()][];
        for (int i = 0; i < names.size(); i++) {
            for (int c = 0; c < draws.chains(); c++) {
                logLik[c][i] = draws.parameter(names.get(i))[c];
            }
        }
        LooResult sequential = Loo.of(names, logLik);
        assertEquals(sequential, BlockingRun.onAllCores("loo", ctx -> Loo.of(names, logLik, ctx)));
        assertEquals(Loo.of(draws), sequential);
        RecordingContext cancelled = new RecordingContext();
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> Loo.of(names, logLik, cancelled));
    }

    @Test
    void thresholdFollowsSampleSizeBelow2154Draws() {
        assertEquals(1 - 1 / Math.log10(1000), Loo.kThreshold(1000), 1e-15);
        assertEquals(0.7, Loo.kThreshold(2155), 0);
        assertTrue(Loo.kThreshold(2154) < 0.7);
        assertEquals(0.7, Loo.kThreshold(100000), 0);
    }

    @Test
    void compareMatchesLooCompare() throws Exception {
        JsonObject ref = json("compare.json");
        Map<String, LooResult> models = new LinkedHashMap<>();
        for (JsonElement name : ref.getAsJsonArray("input_order")) {
            models.put(name.getAsString(), Loo.of(draws(name.getAsString())));
        }
        List<LooComparison.Row> rows = LooComparison.compare(models);
        for (int r = 0; r < rows.size(); r++) {
            LooComparison.Row row = rows.get(r);
            assertEquals(ref.getAsJsonArray("models").get(r).getAsString(), row.model());
            assertEquals(r, row.rank());
            close(ref.getAsJsonArray("elpd_diff").get(r).getAsDouble(), row.elpdDiff(), "elpd_diff");
            close(ref.getAsJsonArray("se_diff").get(r).getAsDouble(), row.seDiff(), "se_diff");
            close(ref.getAsJsonArray("elpd_loo").get(r).getAsDouble(), row.elpdLoo(), "elpd_loo");
            close(ref.getAsJsonArray("se_elpd_loo").get(r).getAsDouble(), row.seElpdLoo(), "se");
            close(ref.getAsJsonArray("p_loo").get(r).getAsDouble(), row.pLoo(), "p_loo");
        }
        assertEquals(List.of(false, true, true), rows.stream().map(LooComparison.Row::warning).toList());
        // loo's stacking puts 1 - 2e-14 on the Student-t model; weights sum to 1
        assertEquals(1, rows.get(0).weight(), 1e-9);
        assertEquals(1, rows.stream().mapToDouble(LooComparison.Row::weight).sum(), 1e-12);
    }

    @Test
    void stackingWeightsInsideTheSimplexMatchLoo() throws Exception {
        JsonObject ref = json("stacking.json");
        JsonArray lpd = ref.getAsJsonArray("lpd_point");
        double[][] pointwise = new double[3][lpd.size()];
        for (int i = 0; i < lpd.size(); i++) {
            for (int m = 0; m < 3; m++) {
                pointwise[m][i] = lpd.get(i).getAsJsonArray().get(m).getAsDouble();
            }
        }
        double[] w = LooComparison.stackingWeights(pointwise);
        JsonArray expected = ref.getAsJsonArray("stacking_weights");
        for (int m = 0; m < 3; m++) {
            // loo's constrOptim (reltol 1e-15) and our fixed-point iteration reach the same maximum to ~1e-7
            assertEquals(expected.get(m).getAsDouble(), w[m], 1e-6, "weight " + m);
        }
    }

    @Test
    void refusesDrawsWithoutLogLikOrWithNonFiniteValues() throws Exception {
        Draws plain = DrawsCsv.parse("plain.csv", "chain,draw,mu\n1,1,0.5\n1,2,0.7\n");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Loo.of(plain));
        assertTrue(none.getMessage().startsWith("no log_lik[1..N] columns"), none.getMessage());
        double[][][] bad = {{{-0.5, Double.NEGATIVE_INFINITY, -0.7}}};
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> Loo.of(List.of("log_lik[1]"), bad));
        assertEquals("log_lik[1] is -Infinity at chain 1, draw 2: PSIS-LOO needs finite log-likelihoods",
                inf.getMessage());
    }

    @Test
    void fftSizesAsLoo() {
        assertEquals(1000, RelativeEfficiency.fftNextGoodSize(1000));
        assertEquals(720, RelativeEfficiency.fftNextGoodSize(707));
        assertEquals(2, RelativeEfficiency.fftNextGoodSize(1));
    }

    @Test
    void refusesChainsOfDifferentShapes() {
        double[][][] ragged = {{{-0.5, -0.6, -0.7}}, {{-0.5, -0.6}}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loo.of(List.of("log_lik[1]"), ragged));
        assertEquals("chain 2 does not have 1 observations of 3 draws like chain 1", e.getMessage());
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
                () -> RelativeEfficiency.of(new double[][] {{-0.5, -0.6, -0.7, -0.8}, {-0.5, -0.6, -0.7}}));
        assertEquals("chain 2 has 3 draws, chain 1 has 4", r.getMessage());
    }

    @Test
    void logSumExpOfNothingButZeroDensitiesIsMinusInfinity() {
        assertEquals(Double.NEGATIVE_INFINITY, Loo.logSumExp(new double[] {Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY}));
        assertEquals(Math.log(3) - 700, Loo.logSumExp(new double[] {-700, -700, -700}), 1e-12);
    }
}
