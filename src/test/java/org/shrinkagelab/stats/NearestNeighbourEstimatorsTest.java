package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/** Edge cases, k limits, cancellation and progress of the Kozachenko-Leonenko and k-NN estimators. */
class NearestNeighbourEstimatorsTest {

    /** Records progress fractions; cancelled from the given report on. */
    private static final class Recording implements JobContext {
        final List<Double> fractions = new ArrayList<>();
        final int cancelFrom;

        Recording(int cancelFrom) {
            this.cancelFrom = cancelFrom;
        }

        @Override
        public boolean isCancelled() {
            return fractions.size() >= cancelFrom;
        }

        @Override
        public void progress(double fraction, String message) {
            fractions.add(fraction);
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            return JobContext.none().parallel(parts);
        }
    }

    private static double[][] grid1d(int n, double step) {
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = i * step;
        }
        return x;
    }

    @Test
    void unitBallVolumesAreTheClosedForms() {
        assertEquals(Math.log(2), KozachenkoLeonenko.logUnitBallVolume(1), 1e-15);
        assertEquals(Math.log(Math.PI), KozachenkoLeonenko.logUnitBallVolume(2), 1e-15);
        assertEquals(Math.log(4 * Math.PI / 3), KozachenkoLeonenko.logUnitBallVolume(3), 1e-14);
    }

    @Test
    void entropyOfAnEvenGridIsTheClosedFormOfItsSpacings() {
        // Points 0, s, 2s, ...: the first neighbour is at s for every point, so
        // H = psi(n) - psi(1) + ln 2 + ln s exactly.
        int n = 10;
        double s = 0.5;
        double expected = org.apache.commons.math3.special.Gamma.digamma(n)
                - org.apache.commons.math3.special.Gamma.digamma(1) + Math.log(2) + Math.log(s);
        assertEquals(expected, KozachenkoLeonenko.entropy(grid1d(n, s), n, 1, JobContext.none()), 1e-12);
    }

    @Test
    void kMustLeaveAtLeastOneOtherSample() {
        double[][] x = grid1d(3, 1);
        KozachenkoLeonenko.entropy(x, 3, 2, JobContext.none());
        assertThrows(IllegalArgumentException.class, () -> KozachenkoLeonenko.entropy(x, 2, 2, JobContext.none()));
        assertThrows(IllegalArgumentException.class, () -> KozachenkoLeonenko.entropy(x, 3, 0, JobContext.none()));
        KnnDivergence.estimate(x, 3, x, 2, 2, JobContext.none());
        assertThrows(IllegalArgumentException.class, () -> KnnDivergence.estimate(x, 2, x, 3, 2, JobContext.none()));
        assertThrows(IllegalArgumentException.class, () -> KnnDivergence.estimate(x, 3, x, 1, 2, JobContext.none()));
    }

    @Test
    void knnDivergenceOfTwoEvenGridsIsTheClosedForm() {
        // p on 0, 1, ..., n-1; q the same points shifted by 1/4: rho = 1, nu = 1/4 at every inner point,
        // and ln(m / (n - 1)) by eq. 5 of Wang, Kulkarni and Verdu.
        int n = 6;
        double[][] p = grid1d(n, 1);
        double[][] q = new double[n][1];
        for (int i = 0; i < n; i++) {
            q[i][0] = i + 0.25;
        }
        double expected = Math.log(0.25) + Math.log(n / (n - 1.0));
        assertEquals(expected, KnnDivergence.estimate(p, n, q, n, 1, JobContext.none()), 1e-12);
    }

    @Test
    void longRunsReportProgressAndStopOnCancel() {
        int n = 3 * 4096;
        double[][] x = grid1d(n, 1);
        Recording all = new Recording(Integer.MAX_VALUE);
        KozachenkoLeonenko.entropy(x, n, 1, all);
        assertEquals(List.of(1 / 3.0, 2 / 3.0, 1.0), all.fractions);
        assertThrows(CancelledException.class, () -> KozachenkoLeonenko.entropy(x, n, 1, new Recording(1)));

        Recording knn = new Recording(Integer.MAX_VALUE);
        KnnDivergence.estimate(x, n, x, n, 1, knn);
        assertEquals(List.of(1 / 3.0, 2 / 3.0, 1.0), knn.fractions);
        assertThrows(CancelledException.class, () -> KnnDivergence.estimate(x, n, x, n, 1, new Recording(1)));
    }
}
