package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.Draws;

/**
 * The shared-sort summary row against the single-measure methods, which DiagnosticsTest checks against
 * posterior: the same numbers bit for bit, with ties (values rounded to a grid, so folded values tie across
 * the median) and with odd chain lengths (split drops the middle draws, so the quantiles need their own sort).
 */
class ParameterSummarizerTest {

    private static double[][] draws(int chains, int n, double grid, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[chains][n];
        for (int c = 0; c < chains; c++) {
            double p = 0;
            for (int i = 0; i < n; i++) {
                p = 0.6 * p + r.nextGaussian() + (c == 1 ? 0.3 : 0);
                x[c][i] = grid > 0 ? Math.rint(p / grid) * grid : p;
            }
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 7, 50, 101, 1000})
    void equalsTheSingleMeasuresBitForBit(int n) {
        for (double grid : new double[] {0, 0.5, 0.25}) {
            double[][] x = draws(4, n, grid, n);
            ParameterSummary s = Diagnostics.summarize("x", x);
            String what = n + " draws, grid " + grid;
            assertEquals(Diagnostics.quantile(x, 0.05), s.q5(), 0, what);
            assertEquals(Diagnostics.quantile(x, 0.5), s.q50(), 0, what);
            assertEquals(Diagnostics.quantile(x, 0.95), s.q95(), 0, what);
            assertEquals(Diagnostics.essBulk(x), s.essBulk(), 0, what);
            assertEquals(Diagnostics.essTail(x), s.essTail(), 0, what);
            assertEquals(Diagnostics.rhat(x), s.rHat(), 0, what);
            assertEquals(Diagnostics.mcseMean(x), s.mcseMean(), 0, what);
            assertEquals(Diagnostics.mcseSd(x), s.mcseSd(), 0, what);
        }
    }

    @Test
    void rankingMatchesTheSortedDefinitionWithTiesAndSignedZeros() {
        double[] v = {3, -0.0, 1, 0.0, 3, -2, 1, 3, Double.NEGATIVE_INFINITY, 1e300, -1e-300};
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double[] expected = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            int below = 0;
            int atOrBelow = 0;
            for (double w : v) {
                below += w < v[i] ? 1 : 0;
                atOrBelow += w <= v[i] ? 1 : 0;
            }
            expected[i] = (below + 1 + atOrBelow) / 2.0;
        }
        assertArrayEquals(expected, Ranking.averageRanks(v), 0);
        int[] order = Ranking.order(v);
        for (int i = 0; i < v.length; i++) {
            assertEquals(sorted[i], v[order[i]], 0, "position " + i);
        }
    }

    @Test
    void parallelSummaryEqualsTheSequentialOneRowForRow() {
        double[][][] values = new double[4][3][];
        for (int c = 0; c < 4; c++) {
            for (int p = 0; p < 3; p++) {
                values[c][p] = draws(4, 200, 0, 10 * p + 1)[c];
            }
        }
        Draws d = new Draws(List.of("a", "b", "c"), List.of(), values, true);
        assertEquals(Diagnostics.summarize(d), Diagnostics.summarize(d, JobContext.none()));
    }

    @Test
    void anExactRowHasMomentsAndQuantilesButNoSamplingDiagnostics() {
        ParameterSummary s = ParameterSummary.exact("theta", 1.5, 0.25, null, 1.5, 2.0);
        assertEquals("theta", s.name());
        assertEquals(1.5, s.mean());
        assertEquals(0.25, s.sd());
        assertNull(s.q5());
        assertEquals(2.0, s.q95());
        assertNull(s.mcseMean());
        assertNull(s.essBulk());
        assertNull(s.rHat());
    }
}
