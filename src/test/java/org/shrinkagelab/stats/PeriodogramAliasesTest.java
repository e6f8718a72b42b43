package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/**
 * Daily aliases of a sinusoid sampled once a night are labelled against the true peak; tolerances are inclusive;
 * the options' edges (one peak, one frequency, the bootstrap) give what the analysis promises.
 */
class PeriodogramAliasesTest {
    private static final double F0 = 0.3;

    /** 40 nights, one sample a night with a little jitter: strong aliases at 1 - f0 and 1 + f0 cycles/day. */
    private static LombScargle nightly() {
        double[] t = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + 0.05 * Math.sin(2.3 * i);
            y[i] = 3 + Math.sin(2 * Math.PI * F0 * t[i] + 0.4);
        }
        return new LombScargle(t, y, null);
    }

    private static PeriodogramAnalysis analyse(LombScargle ls, FrequencyGrid grid, FalseAlarmMethod method, int top) {
        return PeriodogramAnalysis.of(ls, grid, new PeriodogramAnalysis.Options(PeriodogramNormalization.STANDARD,
                method, top, 50, 7), JobContext.none());
    }

    @Test
    void dailyAliasesAreLabelledAgainstTheTruePeakAndItIsNot() {
        LombScargle ls = nightly();
        PeriodogramAnalysis a = analyse(ls, FrequencyGrid.auto(ls.times(), 5, 5, Double.NaN, 1.5),
                FalseAlarmMethod.BALUEV, 3);
        assertEquals(F0, a.best().frequency(), 1e-6);
        assertNull(a.best().alias());
        assertTrue(Double.isNaN(a.best().aliasOf()));
        boolean sawMinus = false;
        boolean sawPlus = false;
        for (PeriodogramPeak p : a.peaks().subList(1, a.peaks().size())) {
            if (Math.abs(p.frequency() - (1 - F0)) < 0.01) {
                assertEquals("1/day - f", p.alias());
                assertEquals(a.best().frequency(), p.aliasOf(), 0);
                sawMinus = true;
            } else if (Math.abs(p.frequency() - (1 + F0)) < 0.01) {
                assertEquals("f + 1/day", p.alias());
                assertEquals(a.best().frequency(), p.aliasOf(), 0);
                sawPlus = true;
            }
        }
        assertTrue(sawMinus && sawPlus, "aliases among " + a.peaks());
    }

    @Test
    void aPeakAtHalfACyclePerDayIsNotItsOwnAlias() {
        // 1/day - f = f at f = 1/2: only a stronger peak can make a peak an alias
        double[] t = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.37 + 0.1 * Math.sin(i);
            y[i] = Math.sin(2 * Math.PI * 0.5 * t[i]);
        }
        LombScargle ls = new LombScargle(t, y, null);
        PeriodogramAnalysis a = analyse(ls, FrequencyGrid.auto(t, 5, 5, Double.NaN, Double.NaN),
                FalseAlarmMethod.BALUEV, 2);
        assertEquals(0.5, a.best().frequency(), 1e-6);
        assertNull(a.best().alias());
    }

    @Test
    void toleranceIsInclusive() {
        // dyadic values, so every difference below is exactly the tolerance
        assertEquals("f + 1/day", PeriodogramAnalysis.aliasLabel(1.5, 0.25, 0.125, 0.25));
        assertEquals("f - 1/day", PeriodogramAnalysis.aliasLabel(0.5, 1.25, 0.125, 0.25));
        assertEquals("1/day - f", PeriodogramAnalysis.aliasLabel(0.5, 0.25, 0.125, 0.25));
        assertEquals("f + 1/T", PeriodogramAnalysis.aliasLabel(0.875, 0.5, 0.25, 0.125));
        assertEquals("f - 1/T", PeriodogramAnalysis.aliasLabel(0.125, 0.5, 0.25, 0.125));
    }

    @Test
    void aPeakAtTheTopOfTheGridIsRefinedWithinIt() {
        // the true frequency lies above the grid, so the power rises to the last grid point; refining must not leave the grid
        LombScargle ls = nightly();
        FrequencyGrid grid = FrequencyGrid.linspace(0.05, 0.28, 47);
        PeriodogramAnalysis a = analyse(ls, grid, FalseAlarmMethod.BALUEV, 1);
        assertEquals(1, a.peaks().size());
        assertEquals(grid.last(), a.best().frequency(), 0);
        assertEquals(ls.power(grid.last(), PeriodogramNormalization.STANDARD), a.best().power(), 1e-12);
    }

    @Test
    void aGridOfOneFrequencyHasThatPeak() {
        LombScargle ls = nightly();
        PeriodogramAnalysis a = analyse(ls, new FrequencyGrid(0.31, 0, 1), FalseAlarmMethod.BALUEV, 2);
        assertEquals(1, a.peaks().size());
        assertEquals(0.31, a.best().frequency(), 0);
        assertEquals(ls.power(0.31, PeriodogramNormalization.STANDARD), a.best().power(), 1e-12);
    }

    @Test
    void theBootstrapMethodGivesTheBootstrapsProbabilitiesAndLevels() {
        LombScargle ls = nightly();
        FrequencyGrid grid = FrequencyGrid.auto(ls.times(), 5, 5, Double.NaN, 1.5);
        PeriodogramAnalysis a = analyse(ls, grid, FalseAlarmMethod.BOOTSTRAP, 2);
        PeriodogramBootstrap boot = PeriodogramBootstrap.run(ls, PeriodogramNormalization.STANDARD,
                a.fapMaximumFrequency(), 50, 7, JobContext.none());
        for (PeriodogramPeak p : a.peaks()) {
            assertEquals(boot.probability(p.power()), p.falseAlarmProbability(), 0);
        }
        assertEquals(boot.level(0.01), a.level1(), 0);
        assertEquals(boot.level(0.05), a.level5(), 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> analyse(ls, grid, FalseAlarmMethod.BALUEV, 0))
                .getMessage().contains("--top must be at least 1, was 0"));
    }

    @Test
    void peaksAreStrongestFirstAfterRefinement() {
        // 0.2 lies on the grid, 0.3525 half a step between two grid points: the second sinusoid is the stronger,
        // but its grid power is cut by the offset, so only the refined powers put it first
        double[] t = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.5 + 0.2 * Math.sin(1.7 * i);
            y[i] = Math.sin(2 * Math.PI * 0.2 * t[i]) + 1.05 * Math.sin(2 * Math.PI * 0.3525 * t[i] + 1);
        }
        LombScargle ls = new LombScargle(t, y, null);
        FrequencyGrid grid = FrequencyGrid.linspace(0.1, 0.5, 81);
        double[] power = ls.power(grid, PeriodogramNormalization.STANDARD, JobContext.none());
        assertTrue(power[20] > power[50] && power[20] > power[51], "the on-grid peak is higher on the grid");
        PeriodogramAnalysis a = analyse(ls, grid, FalseAlarmMethod.BALUEV, 2);
        assertEquals(0.3525, a.peaks().get(0).frequency(), 1e-3);
        assertEquals(0.2, a.peaks().get(1).frequency(), 1e-3);
        assertTrue(a.peaks().get(0).power() > a.peaks().get(1).power());
    }
}
