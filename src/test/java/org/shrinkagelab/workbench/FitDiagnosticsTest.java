package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.sample.Draws;

class FitDiagnosticsTest {

    /** Divergences are counted per chain from the divergent__ flags: here 2 in chain 1 and 1 in chain 3. */
    @Test
    void divergencesAreCountedPerChain() {
        double[][] flags = {{0, 1, 0, 1, 0}, {0, 0, 0, 0, 0}, {1, 0, 0, 0, 0}};
        double[][][] values = new double[3][][];
        for (int c = 0; c < 3; c++) {
            values[c] = new double[][] {{1, 2, 3, 4, 5}, flags[c]};
        }
        Draws draws = new Draws(List.of("x"), List.of("divergent__"), values, true);
        FitDiagnostics d = FitDiagnostics.of(draws, List.of(), new double[] {1, 1, 1}, 10, false, 0.8);
        assertArrayEquals(new int[] {2, 0, 1}, d.divergencesPerChain());
        assertEquals(3, d.divergences());
    }

    /** "Below 0.3": a chain at exactly 0.3 is not flagged, NaN (not computable) neither. */
    @Test
    void lowEbfmiMeansStrictlyBelowThreshold() {
        FitDiagnostics d = new FitDiagnostics(List.of(), 4, 100, true, 0, new int[4], 10, 0,
                new double[] {0.3, 0.29, Double.NaN, 1.1}, new double[4], false, 0.8);
        assertEquals(List.of(2), d.lowEbfmiChains());
    }
}
