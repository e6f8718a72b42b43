package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.EightSchoolsData;

class AncestralSamplerTest {
    private static final HierarchicalNormalModel COURSE =
            new HierarchicalNormalModel(EightSchoolsData.bundled(), new NixPrior(0, 0.1, 0.1, 100));

    @Test
    void theSameSeedGivesTheSameDraws() {
        GridPosterior g = GridPosterior.compute(COURSE, 0.1, 256, 1000);
        AncestralSampler.Draws a = AncestralSampler.sample(COURSE, g, 5000, 42);
        AncestralSampler.Draws b = AncestralSampler.sample(COURSE, g, 5000, 42);
        AncestralSampler.Draws c = AncestralSampler.sample(COURSE, g, 5000, 43);
        assertArrayEquals(a.mu(), b.mu());
        for (int s = 0; s < 8; s++) {
            assertArrayEquals(a.theta()[s], b.theta()[s]);
        }
        assertFalse(Arrays.equals(a.mu(), c.mu()));
    }

    /** Checks each school's draws against the exact moments of the distribution sampled, within 4 MCSE. */
    private static void assertMatches(AncestralSampler.Draws d, double[] mean, double[] var) {
        int n = d.size();
        for (int s = 0; s < mean.length; s++) {
            double[] x = d.theta()[s];
            SampleSummary summary = SampleSummary.of(x);
            assertTrue(Math.abs(summary.mean() - mean[s]) < 4 * summary.mcseMean(),
                    "school " + s + ": " + summary.mean() + " vs " + mean[s] + " (mcse " + summary.mcseMean() + ")");
            // MCSE of the sample variance of independent draws: sqrt((m4 - var^2) / n).
            double m4 = Arrays.stream(x).map(v -> Math.pow(v - summary.mean(), 4)).sum() / n;
            double sampleVar = summary.sd() * summary.sd();
            double mcseVar = Math.sqrt((m4 - sampleVar * sampleVar) / n);
            assertTrue(Math.abs(sampleVar - var[s]) < 4 * mcseVar,
                    "school " + s + ": var " + sampleVar + " vs " + var[s] + " (mcse " + mcseVar + ")");
        }
    }

    @Test
    void drawsMatchTheGridPosteriorTheyComeFrom() {
        GridPosterior g = GridPosterior.compute(COURSE, 0.1, 256, 1000);
        double[] mean = new double[8];
        double[] second = new double[8];
        for (int i = 0; i < g.size(); i++) {
            HierarchicalNormalModel.AtTau2 at = COURSE.atTau2(g.tau2(i));
            for (int s = 0; s < 8; s++) {
                double m = COURSE.thetaMean(s, g.tau2(i), at);
                mean[s] += g.mass(i) * m;
                second[s] += g.mass(i) * (COURSE.thetaVariance(s, g.tau2(i), at) + m * m);
            }
        }
        double[] var = new double[8];
        for (int s = 0; s < 8; s++) {
            var[s] = second[s] - mean[s] * mean[s];
        }
        assertMatches(AncestralSampler.sample(COURSE, g, 20000, 7), mean, var);
    }

    @Test
    void drawsFromAFineWideGridMatchTheConvergedPosterior() {
        // The grid's own error here (about 0.01 in E[tau], see GridPosteriorTest) moves the theta
        // moments far less than their MCSE at 20000 draws (about 0.04).
        GridPosterior g = GridPosterior.compute(COURSE, 0.1, 2000, 20000);
        ExactPosterior e = ExactPosterior.compute(COURSE);
        double[] mean = new double[8];
        double[] var = new double[8];
        for (int s = 0; s < 8; s++) {
            mean[s] = e.thetaMean(s);
            var[s] = e.thetaSd(s) * e.thetaSd(s);
        }
        assertMatches(AncestralSampler.sample(COURSE, g, 20000, 11), mean, var);
    }

    @Test
    void tauIsDrawnOnlyAtGridPointsWithMass() {
        GridPosterior g = GridPosterior.compute(COURSE, 0.1, 256, 50);
        AncestralSampler.Draws d = AncestralSampler.sample(COURSE, g, 2000, 3);
        double last = g.tau(g.size() - 1);
        for (double t : d.tau()) {
            assertTrue(t < last, "the last grid point has zero left-Riemann mass");
            boolean onGrid = false;
            for (int i = 0; i < g.size(); i++) {
                onGrid |= g.tau(i) == t;
            }
            assertTrue(onGrid);
        }
        assertEquals(2000, d.size());
    }
}
