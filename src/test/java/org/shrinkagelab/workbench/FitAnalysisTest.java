package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.SyntheticDraws;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.sample.Draws;

class FitAnalysisTest {

    private static FitAnalysis analysis(Draws d) {
        return new FitAnalysis("HMC", d, FitDiagnostics.of(d, List.of(), new double[] {0.3, 0.3}, 10, false, 0.8),
                Map.of());
    }

    @Test
    void labelIsWhatWasRun() {
        assertEquals("HMC", analysis(SyntheticDraws.eightSchoolsLike(2, 20, 0, 1L)).label());
    }

    /** stride = ceil(n / 2000): at most 2000 points per chain, and 1 up to 2000 draws. */
    @Test
    void plotStrideKeepsAtMostTwoThousandPointsPerChain() {
        int[] draws = {1, 2000, 2001, 4000, 4001};
        int[] strides = {1, 1, 2, 2, 3};
        for (int k = 0; k < draws.length; k++) {
            assertEquals(strides[k], analysis(SyntheticDraws.eightSchoolsLike(1, draws[k], 0, 2L)).plotStride(),
                    draws[k] + " draws");
        }
    }

    /** Thinning keeps every k-th value from the first, k = ceil(n / max), so no more than max remain. */
    @Test
    void thinKeepsEveryKthValueAndAtMostMax() {
        double[] values = new double[10];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * i;
        }
        assertSame(values, FitAnalysis.thin(values, 10), "nothing to thin");
        assertArrayEquals(new double[] {0, 9, 36, 81}, FitAnalysis.thin(values, 4), "k = 3: 0, 3, 6, 9");
        assertArrayEquals(new double[] {0, 4, 16, 36, 64}, FitAnalysis.thin(values, 5), "k = 2");
        assertArrayEquals(new double[] {0, 16, 64}, FitAnalysis.thin(values, 3), "k = 4: 0, 4, 8");
        assertArrayEquals(new double[] {0}, FitAnalysis.thin(values, 1));
        assertArrayEquals(new double[] {0, 25}, FitAnalysis.thin(values, 2));
    }

    /** The rank histograms take a while for long chains: a cancelled job stops before them. */
    @Test
    void cancelledJobStopsTheAnalysis() {
        Draws d = SyntheticDraws.eightSchoolsLike(2, 20, 0, 3L);
        FitDiagnostics diag = FitDiagnostics.of(d, List.of(), new double[] {0.3, 0.3}, 10, false, 0.8);
        RecordingContext cancelled = new RecordingContext();
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> new FitAnalysis("HMC", d, diag, Map.of(), cancelled));
    }
}
