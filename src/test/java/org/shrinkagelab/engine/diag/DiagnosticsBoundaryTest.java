package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.sample.Draws;

/** The ends of the probability range, the smallest chains E-BFMI takes, and the summary's progress and cancel. */
class DiagnosticsBoundaryTest {

    private static double[][] draws(long seed) {
        Random random = new Random(seed);
        double[][] x = new double[2][50];
        for (double[] chain : x) {
            for (int i = 0; i < chain.length; i++) {
                chain[i] = random.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void quantilesAtZeroAndOneAreTheExtremes() {
        double[][] x = {{3, -2, 7}, {0.5, 11, -4}};
        assertEquals(-4, Diagnostics.quantile(x, 0), 0);
        assertEquals(11, Diagnostics.quantile(x, 1), 0);
    }

    /** At prob 1 the quantile indicator is 1 for every draw but the largest: its ESS is that indicator's. */
    @Test
    void quantileEssAtOneIsTheEssOfAllButTheMaximum() {
        double[][] x = draws(3);
        double max = Double.NEGATIVE_INFINITY;
        for (double[] chain : x) {
            for (double v : chain) {
                max = Math.max(max, v);
            }
        }
        double[][] indicator = new double[x.length][x[0].length];
        for (int c = 0; c < x.length; c++) {
            for (int i = 0; i < x[c].length; i++) {
                indicator[c][i] = x[c][i] < max ? 1 : 0;
            }
        }
        assertEquals(Diagnostics.essBasic(indicator), Diagnostics.essQuantile(x, 1), 1e-9);
    }

    /** A probability outside [0, 1] is refused even where the answer would be NaN anyway (no draws, a NaN draw). */
    @Test
    void probabilitiesOutsideZeroToOneAreRefused() {
        double[][] empty = {{}};
        double[][] withNaN = {{1, Double.NaN, 2, 3}, {1, 2, 3, 4}};
        double[][] constant = {{2, 2, 2, 2}, {2, 2, 2, 2}};
        for (double p : new double[] {-0.01, 1.01, Double.NaN}) {
            for (double[][] x : new double[][][] {empty, withNaN, constant, draws(5)}) {
                assertThrows(IllegalArgumentException.class, () -> Diagnostics.quantile(x, p), "quantile " + p);
                assertThrows(IllegalArgumentException.class, () -> Diagnostics.essQuantile(x, p), "ess " + p);
            }
        }
    }

    /** rstan's get_bfmi on two draws: sum of squared differences / n over the sample variance, (2^2 / 2) / 2 = 1. */
    @Test
    void ebfmiOfTwoDrawsIsDefined() {
        Draws d = new Draws(List.of("x"), List.of("energy__"),
                new double[][][] {{{0, 0}, {1, 3}}, {{0, 0, 0}, {1, 2, 4}}, {{0}, {5}}}, true);
        // chain 2: differences 1, 2 give 5 / 3, over variance 7 / 3: 5 / 7
        assertArrayEquals(new double[] {1, 5.0 / 7, Double.NaN}, Diagnostics.ebfmi(d), 1e-15);
    }


    private static Draws twoParameters(double second) {
        double[][] a = draws(7);
        double[][] b = draws(8);
        b[1][3] = second;
        return new Draws(List.of("a", "b"), List.of(), new double[][][] {{a[0], b[0]}, {a[1], b[1]}}, true);
    }

    @Test
    void summaryReportsItsPhaseOnlyWhenAsked() {
        RecordingContext reported = new RecordingContext();
        List<ParameterSummary> rows = Diagnostics.summarize(twoParameters(0.5), reported, true);
        assertEquals(List.of("computing diagnostics"), reported.messages());
        // the same rows as the plain loop over the parameters, one per parameter
        assertEquals(Diagnostics.summarize(twoParameters(0.5)), rows);
        assertEquals(2, rows.size());
        RecordingContext quiet = new RecordingContext();
        assertEquals(rows, Diagnostics.summarize(twoParameters(0.5), quiet, false));
        assertEquals(List.of(), quiet.messages());
    }

    /** Cancel is honoured by every parameter's part, also one with a non-finite draw (summarized without the context). */
    @Test
    void aCancelledSummaryStopsEvenOnNonFiniteDraws() {
        for (double bad : new double[] {0.5, Double.POSITIVE_INFINITY, Double.NaN}) {
            double[][] b = draws(8);
            b[1][3] = bad;
            Draws d = new Draws(List.of("b"), List.of(), new double[][][] {{b[0]}, {b[1]}}, true);
            assertThrows(CancelledException.class, () -> Diagnostics.summarize(d, RecordingContext.cancelledAfter(0), false),
                    "draw " + bad);
        }
    }
}
