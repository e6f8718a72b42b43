package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplerStatisticsTest {

    /**
     * The table has the totals, then one row per chain: number, step size and E-BFMI to 3 digits (NA if none),
     * divergences.
     */
    @Test
    void tableListsEachChainsStepSizeEbfmiAndDivergences() {
        FitDiagnostics d = new FitDiagnostics(List.of(), 2, 100, true, 3, new int[] {1, 2}, 10, 5,
                new double[] {0.25, Double.NaN}, new double[] {0.123456, 0.5}, false, 0.8);
        String text = SamplerStatistics.text(d);
        List<String> lines = Arrays.asList(text.split("\n"));
        assertEquals("divergences: 3 (per chain 1, 2)", lines.get(0));
        assertEquals("transitions at max tree depth 10: 5", lines.get(1));
        assertEquals(List.of("chain", "step", "size", "E-BFMI", "div."), tokens(lines.get(3)));
        assertEquals(List.of("1", "0.123", "0.250", "1"), tokens(lines.get(4)));
        assertEquals(List.of("2", "0.500", "NA", "2"), tokens(lines.get(5)));
        assertEquals(8, lines.size(), text);
        assertTrue(lines.get(7).startsWith("E-BFMI below 0.3"), lines.get(7));
    }

    private static List<String> tokens(String line) {
        return Arrays.asList(line.trim().split("\\s+"));
    }
}
