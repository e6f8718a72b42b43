package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.sample.Draws;

/** Degenerate input gives NaN ("not available"), never an exception; E-BFMI and counts by hand. */
class DiagnosticsEdgeCasesTest {

    private static double[][] normal(int chains, int draws, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[chains][draws];
        for (double[] chain : x) {
            for (int i = 0; i < draws; i++) {
                chain[i] = r.nextGaussian();
            }
        }
        return x;
    }

    private static void assertNoConvergenceNumbers(ParameterSummary s) {
        for (Double v : new Double[] {s.mcseMean(), s.mcseSd(), s.essBulk(), s.essTail(), s.rHat()}) {
            assertTrue(v.isNaN(), s + " should have NaN diagnostics");
        }
    }

    @Test
    void constantDrawsHaveMomentsButNoDiagnostics() {
        double[][] x = new double[4][50];
        for (double[] chain : x) {
            Arrays.fill(chain, -2.5);
        }
        ParameterSummary s = Diagnostics.summarize("c", x);
        assertEquals(-2.5, s.mean(), 0);
        assertEquals(0, s.sd(), 0);
        assertEquals(-2.5, s.q5(), 0);
        assertEquals(-2.5, s.q95(), 0);
        assertNoConvergenceNumbers(s);
        assertTrue(Double.isNaN(Diagnostics.mcseQuantile(x, 0.5)));
        assertTrue(Double.isNaN(Diagnostics.essBasic(x)));
    }

    @Test
    void aSingleDrawOrNoneGivesNaN() {
        assertNoConvergenceNumbers(Diagnostics.summarize("one", new double[][] {{1.0}, {2.0}}));
        ParameterSummary none = Diagnostics.summarize("none", new double[][] {{}, {}});
        assertTrue(none.mean().isNaN() && none.q50().isNaN());
        assertNoConvergenceNumbers(none);
        assertTrue(Diagnostics.summarize("no chains", new double[0][]).mean().isNaN());
    }

    @Test
    void aNaNDrawMakesEveryDiagnosticNaN() {
        double[][] x = normal(4, 100, 1);
        x[2][17] = Double.NaN;
        ParameterSummary s = Diagnostics.summarize("nan", x);
        assertTrue(s.mean().isNaN() && s.q5().isNaN());
        assertNoConvergenceNumbers(s);
    }

    @Test
    void chainsOfDifferentLengthsAreRefusedByTheArrayMethods() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Diagnostics.rhat(new double[][] {new double[10], new double[9]}));
        assertTrue(e.getMessage().contains("different lengths"), e.getMessage());
    }

    @Test
    void summarizingDrawsCutsChainsToTheShortest() {
        double[][] x = normal(3, 200, 2);
        double[][][] values = new double[3][][];
        for (int c = 0; c < 3; c++) {
            values[c] = new double[][] {c == 1 ? Arrays.copyOf(x[c], 150) : x[c]};
        }
        List<ParameterSummary> rows = Diagnostics.summarize(new Draws(List.of("a"), List.of(), values, false));
        double[][] cut = {Arrays.copyOf(x[0], 150), Arrays.copyOf(x[1], 150), Arrays.copyOf(x[2], 150)};
        assertEquals(Diagnostics.summarize("a", cut), rows.get(0));
    }

    @Test
    void ebfmiIsRstansFormula() {
        // chain 1 energies 1, 3, 2, 5: squared differences 4 + 1 + 9 = 14, over n = 4 is 3.5;
        // sample variance (mean 2.75) is 8.75 / 3; E-BFMI = 3.5 / (8.75 / 3) = 1.2.
        // chain 2 energies 0, 1, 0, 1: 3 / 4 over variance 1/3 = 2.25.
        double[][][] values = {
            {{0.1, 0.2, 0.3, 0.4}, {1, 3, 2, 5}, {0, 1, 0, 0}, {10, 3, 10, 10}},
            {{0.5, 0.6, 0.7, 0.8}, {0, 1, 0, 1}, {0, 0, 0, 0}, {10, 10, 10, 2}},
        };
        Draws d = new Draws(List.of("x"), List.of("energy__", "divergent__", "treedepth__"), values, true);
        assertArrayEquals(new double[] {1.2, 2.25}, Diagnostics.ebfmi(d), 1e-15);
        assertEquals(1, Diagnostics.divergences(d));
        assertEquals(6, Diagnostics.treedepthHits(d, 10));
    }

    @Test
    void countsAreZeroWithoutTheStatistics() {
        Draws d = new Draws(List.of("x"), List.of(), new double[][][] {{{1, 2, 3}}}, true);
        assertEquals(0, Diagnostics.divergences(d));
        assertEquals(0, Diagnostics.treedepthHits(d, 10));
    }

    @Test
    void constantEnergyHasNoEbfmi() {
        Draws d = new Draws(List.of("x"), List.of("energy__"), new double[][][] {{{1, 2, 3}, {4, 4, 4}}}, true);
        assertTrue(Double.isNaN(Diagnostics.ebfmi(d)[0]));
    }
}
