package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.EightSchoolsData;

class GridPosteriorTest {
    private static final HierarchicalNormalModel COURSE =
            new HierarchicalNormalModel(EightSchoolsData.bundled(), new NixPrior(0, 0.1, 0.1, 100));

    @Test
    void reproducesTheLectureNumbers() {
        // The course printed E[tau] = 4.46 and Std[tau] = 2.54 for a linear grid of 1000 tau^2 values on [0.1, 256].
        GridPosterior g = GridPosterior.compute(COURSE, 0.1, 256, 1000);
        assertEquals(4.46, Math.round(g.tauMean() * 100) / 100.0, 0);
        assertEquals(2.54, Math.round(g.tauSd() * 100) / 100.0, 0);
        // The same convention in numpy (course_grid_reference.py in the test resources).
        assertEquals(4.458798663369739, g.tauMean(), 1e-9);
        assertEquals(2.5407802941914337, g.tauSd(), 1e-9);
    }

    @Test
    void densitiesAreNormalizedByLeftRiemannSums() {
        GridPosterior g = GridPosterior.compute(COURSE, 0.1, 256, 1000);
        double mass = 0;
        double tauMass = 0;
        for (int i = 0; i < g.size() - 1; i++) {
            mass += g.densityTau2(i) * (g.tau2(i + 1) - g.tau2(i));
            tauMass += g.mass(i);
            assertEquals(2 * g.tau(i) * g.densityTau2(i), g.densityTau(i), 1e-15);
        }
        assertEquals(1, mass, 1e-12);
        assertEquals(1, tauMass, 1e-12);
        assertEquals(0, g.mass(g.size() - 1));
    }

    @Test
    void theGridConvergesToTheQuadratureAtFirstOrder() {
        // On [0.1, 2000] the tail left out holds ~2e-6 of the mass; the left Riemann sums in tau
        // err by O(step), so four times the points should cut the error about four times.
        ExactPosterior exact = ExactPosterior.compute(COURSE);
        double coarse = GridPosterior.compute(COURSE, 0.1, 2000, 5000).tauMean() - exact.tauMean();
        double fine = GridPosterior.compute(COURSE, 0.1, 2000, 20000).tauMean() - exact.tauMean();
        assertTrue(Math.abs(fine) < 0.01, "grid error " + fine);
        double ratio = coarse / fine;
        assertTrue(ratio > 3 && ratio < 5, "error ratio " + ratio);
    }

    @Test
    void refusesADegenerateGrid() {
        assertThrows(IllegalArgumentException.class, () -> GridPosterior.compute(COURSE, 0.1, 0.05, 100));
        assertThrows(IllegalArgumentException.class, () -> GridPosterior.compute(COURSE, 0.1, 10, 1));
    }
}
