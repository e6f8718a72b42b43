package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;

/**
 * The grid periodogram's products of tabulated rotations against direct sin/cos sums on grids long
 * enough to cross many re-seeding tiles (the astropy fixtures' grids fit in one), its independence
 * of the split into parts, and its cancellation between chunks.
 */
class LombScargleGridTest {

    @ParameterizedTest
    @ValueSource(strings = {"n10_hetero", "n200_constant", "n200_nody", "n150_hetero_linspace", "n5000_hetero"})
    void gridPowerMatchesDirectSinCosSumsAcrossManyTiles(String name) throws IOException {
        LombScargle ls = LombScargleTest.Fixture.load(name).periodogram();
        // 13 tiles of 4096 frequencies and a partial last chunk, up to 5 per day (angles 2 pi f t up to 3e4)
        FrequencyGrid grid = FrequencyGrid.linspace(0.01, 5, 50_001);
        double[] power = ls.power(grid, PeriodogramNormalization.STANDARD, JobContext.none());
        double worst = 0;
        for (int j = 0; j < grid.size(); j += j < 600 || j > grid.size() - 600 ? 1 : 97) {
            worst = Math.max(worst, Math.abs(power[j] - ls.power(grid.frequency(j), PeriodogramNormalization.STANDARD)));
        }
        // the direct sums round 2 pi f t to about 1e-16 of itself (below 4e-12): the rotations must not add more
        assertTrue(worst < 1e-12, name + " grid against direct sums: " + worst);
    }

    @Test
    void theSplitIntoPartsChangesNoBit() throws IOException {
        LombScargle ls = LombScargleTest.Fixture.load("n150_hetero_linspace").periodogram();
        FrequencyGrid grid = FrequencyGrid.linspace(0.02, 4, 12_345);
        double[] one = ls.power(grid, PeriodogramNormalization.PSD, JobContext.none(), 1);
        for (int parts : new int[] {2, 3, 7, 24, 100}) {
            assertArrayEquals(one, ls.power(grid, PeriodogramNormalization.PSD, JobContext.none(), parts),
                    parts + " parts");
        }
    }

    @Test
    void shortGridsGiveTheDirectPower() throws IOException {
        LombScargle ls = LombScargleTest.Fixture.load("n200_constant").periodogram();
        for (int size : new int[] {1, 2, 127, 129, 513}) {
            FrequencyGrid grid = size == 1 ? new FrequencyGrid(0.37, 0, 1) : FrequencyGrid.linspace(0.1, 2.3, size);
            double[] power = ls.power(grid, PeriodogramNormalization.STANDARD, JobContext.none());
            double[] direct = ls.power(grid.values(), PeriodogramNormalization.STANDARD);
            assertArrayEquals(direct, power, 1e-13, size + " frequencies");
        }
    }

    @Test
    void stopsBetweenChunksWhenCancelled() throws IOException {
        LombScargle ls = LombScargleTest.Fixture.load("n200_constant").periodogram();
        CancelAfterReports cancelAfterTwo = new CancelAfterReports(2);
        FrequencyGrid grid = FrequencyGrid.linspace(0.01, 5, 100 * LombScargle.CHUNK);
        assertThrows(CancelledException.class, () -> ls.power(grid, PeriodogramNormalization.STANDARD, cancelAfterTwo, 1));
        assertTrue(cancelAfterTwo.reports() == 2, "stopped after " + cancelAfterTwo.reports() + " of 100 chunks");
    }
}
