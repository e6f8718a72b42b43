package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Draws near the ends of the double range: the summary is scale-equivariant (location and spread
 * scale with the draws, ESS and R-hat do not change), so the summary of c * y must be c times that of
 * y; before, sums and squares overflowed and the mean and sd came out as NaN.
 */
class ExtremeScaleTest {
    private static double[][] draws() {
        SplittableRandom rng = new SplittableRandom(7);
        double[][] y = new double[4][200];
        for (double[] chain : y) {
            double prev = 0;
            for (int i = 0; i < chain.length; i++) {
                prev = 0.5 * prev + rng.nextGaussian();
                chain[i] = 1 + prev;
            }
        }
        return y;
    }

    private static double[][] times(double[][] y, double c) {
        double[][] out = new double[y.length][];
        for (int k = 0; k < y.length; k++) {
            out[k] = y[k].clone();
            for (int i = 0; i < out[k].length; i++) {
                out[k][i] *= c;
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e307, -1e307, 1e200, 1e-300, -2e-305})
    void summaryScalesWithTheDraws(double c) {
        double[][] y = draws();
        ParameterSummary ref = Diagnostics.summarize("y", y);
        ParameterSummary big = Diagnostics.summarize("y", times(y, c));
        double tol = 1e-12;
        assertRel(c * ref.mean(), big.mean(), tol, "mean");
        assertRel(Math.abs(c) * ref.sd(), big.sd(), tol, "sd");
        assertRel(c * (c > 0 ? ref.q5() : ref.q95()), big.q5(), 1e-9, "q5");
        assertRel(c * ref.q50(), big.q50(), tol, "q50");
        assertRel(Math.abs(c) * ref.mcseMean(), big.mcseMean(), Math.max(tol, 1e-9), "mcse_mean");
        assertRel(Math.abs(c) * ref.mcseSd(), big.mcseSd(), Math.max(tol, 1e-9), "mcse_sd");
        assertRel(ref.essBulk(), big.essBulk(), Math.max(tol, 1e-9), "ess_bulk");
        assertRel(ref.rHat(), big.rHat(), Math.max(tol, 1e-9), "r_hat");
    }

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, Math.abs(expected) * rel, what);
    }
}
