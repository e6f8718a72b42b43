package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shrinkagelab.engine.BlockingRun;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;

/** Peak refinement, alias labels, and the bootstrap: against astropy statistically, repeatable, cancellable. */
class PeriodogramAnalysisTest {

    @Test
    void refinementFindsTheExactFrequencyOfANoiseFreeSinusoid() {
        // noise-free y = m + A sin(2 pi f0 t + phi): the fit at f0 is perfect, so standard power 1 there and below 1 elsewhere
        double f0 = 0.4137;
        double[] t = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 1.3 + 0.37 * Math.sin(i);
            y[i] = 5 + 2 * Math.sin(2 * Math.PI * f0 * t[i] + 0.7);
        }
        LombScargle ls = new LombScargle(t, y, null);
        PeriodogramAnalysis a = PeriodogramAnalysis.of(ls, FrequencyGrid.auto(t, 5, 5, Double.NaN, Double.NaN),
                new PeriodogramAnalysis.Options(PeriodogramNormalization.STANDARD, FalseAlarmMethod.BALUEV, 3, 10, 1),
                JobContext.none());
        assertEquals(f0, a.best().frequency(), 1e-7);
        assertEquals(1, a.best().power(), 1e-12);
    }

    @Test
    void aliasLabelsNameTheRelation() {
        double tol = 0.01;
        assertEquals("f + 1/day", PeriodogramAnalysis.aliasLabel(1.3, 0.3, 0.05, tol));
        assertEquals("f - 1/day", PeriodogramAnalysis.aliasLabel(0.3, 1.3, 0.05, tol));
        assertEquals("1/day - f", PeriodogramAnalysis.aliasLabel(0.7, 0.3, 0.05, tol));
        assertEquals("2/day - f", PeriodogramAnalysis.aliasLabel(0.8, 1.2, 0.05, tol));
        assertEquals("f + 2/day", PeriodogramAnalysis.aliasLabel(2.3, 0.3, 0.05, tol));
        assertEquals("f + 1/T", PeriodogramAnalysis.aliasLabel(0.35, 0.3, 0.05, tol));
        assertEquals("f - 1/T", PeriodogramAnalysis.aliasLabel(0.25, 0.3, 0.05, tol));
        assertNull(PeriodogramAnalysis.aliasLabel(0.45, 0.3, 0.05, tol));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n10_hetero", "n200_constant", "n200_nody", "n150_hetero_linspace"})
    void bootstrapAgreesWithAstropysWithinMonteCarloError(String name) throws IOException {
        LombScargleTest.Fixture f = LombScargleTest.Fixture.load(name);
        LombScargle ls = f.periodogram();
        JsonObject faps = f.json().getAsJsonObject("fap");
        for (String normName : faps.keySet()) {
            if (!name.equals("n10_hetero") && !normName.equals("standard")) {
                continue; // every normalization on the small case; the larger ones cost a second each
            }
            JsonObject e = faps.getAsJsonObject(normName);
            PeriodogramBootstrap boot = PeriodogramBootstrap.run(ls, PeriodogramNormalization.parse(normName),
                    e.get("fmax").getAsDouble(), 1000, 11, JobContext.none());
            double[] z = LombScargleTest.toArray(e.get("z"));
            double[] theirs = LombScargleTest.toArray(e.getAsJsonObject("probability").get("bootstrap"));
            for (int i = 0; i < z.length; i++) {
                // two independent estimates from 1000 resamples each: sd of the difference sqrt(2 p (1-p) / 1000)
                double p = 0.5 * (theirs[i] + boot.probability(z[i]));
                double tol = 4 * Math.sqrt(2 * p * (1 - p) / 1000) + 2e-3;
                assertEquals(theirs[i], boot.probability(z[i]), tol, name + " " + normName + " at " + z[i]);
            }
            double[] ps = LombScargleTest.toArray(e.get("p"));
            double[] levels = LombScargleTest.toArray(e.getAsJsonObject("level").get("bootstrap"));
            for (int i = 0; i < ps.length; i++) {
                // astropy's level, read through our maxima, has false-alarm probability p within the same error
                double tol = 4 * Math.sqrt(2 * ps[i] * (1 - ps[i]) / 1000) + 2e-3;
                assertEquals(ps[i], boot.probability(levels[i]), tol, name + " " + normName + " level " + ps[i]);
            }
        }
    }

    @Test
    void bootstrapIsTheSameOnOneThreadAndOnAllCores() throws IOException {
        LombScargle ls = LombScargleTest.Fixture.load("n200_constant").periodogram();
        double[] one = PeriodogramBootstrap.run(ls, PeriodogramNormalization.STANDARD, 2.0, 120, 5, JobContext.none())
                .maxima();
        double[] all = BlockingRun.onAllCores("bootstrap", ctx -> PeriodogramBootstrap.run(ls,
                PeriodogramNormalization.STANDARD, 2.0, 120, 5, ctx)).maxima();
        assertArrayEquals(one, all);
        double[] other = PeriodogramBootstrap.run(ls, PeriodogramNormalization.STANDARD, 2.0, 120, 6,
                JobContext.none()).maxima();
        assertTrue(one[60] != other[60], "another seed gives other resamples");
    }

    @Test
    void powerIsTheSameOnOneThreadAndOnAllCores() throws IOException {
        LombScargle ls = LombScargleTest.Fixture.load("n5000_hetero").periodogram();
        FrequencyGrid grid = FrequencyGrid.linspace(0.01, 5, 9000);
        double[] one = ls.power(grid, PeriodogramNormalization.STANDARD, JobContext.none());
        double[] all = BlockingRun.onAllCores("power", ctx -> ls.power(grid, PeriodogramNormalization.STANDARD, ctx));
        assertArrayEquals(one, all);
    }

    @Test
    void bootstrapReportsProgressAndStopsWhenCancelled() throws IOException {
        LombScargle ls = LombScargleTest.Fixture.load("n200_constant").periodogram();
        CancelAfterReports cancelAfterSome = new CancelAfterReports(30);
        assertThrows(CancelledException.class, () -> PeriodogramBootstrap.run(ls, PeriodogramNormalization.STANDARD,
                2.0, 1000, 5, cancelAfterSome));
        assertTrue(cancelAfterSome.reports() >= 30 && cancelAfterSome.reports() < 1000,
                "stopped early after " + cancelAfterSome.reports() + " reports");
    }
}
