package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.workbench.DiagnosticThresholds.Rating;

class DiagnosticThresholdsTest {

    /** "Below 100 in total is bad, below 100 per chain a warning": exactly 100 per chain is good. */
    @Test
    void essAtTheThresholdsIsNotBelowThem() {
        assertEquals(Rating.GOOD, DiagnosticThresholds.ess(100.0, 1));
        assertEquals(Rating.WARNING, DiagnosticThresholds.ess(100.0, 2));
        assertEquals(Rating.BAD, DiagnosticThresholds.ess(99.9, 1));
        assertEquals(Rating.GOOD, DiagnosticThresholds.ess(400.0, 4));
    }

    @Test
    void missingEssIsNotApplicable() {
        assertEquals(Rating.NOT_APPLICABLE, DiagnosticThresholds.ess(Double.NaN, 4));
        assertEquals(Rating.NOT_APPLICABLE, DiagnosticThresholds.ess(null, 4));
    }
}
