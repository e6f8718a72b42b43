package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Densities at the edge of their support are the closed-form values there; outside it, minus infinity. */
class SupportBoundariesTest {

    @Test
    void closedSupportsIncludeTheirEnds() {
        assertEquals(Math.log(2.5), Exponential.logPdf(0, 2.5), 1e-15);
        assertEquals(Math.log(2 / (Math.PI * 1.5)), HalfCauchy.logPdf(0, 1.5), 1e-15);
        assertEquals(Math.log(2 / (1.5 * Math.sqrt(2 * Math.PI))), HalfNormal.logPdf(0, 1.5), 1e-15);
        // Student t with nu = 3 at 0: Gamma(2) / (Gamma(3/2) sqrt(3 pi)) = 2 / (pi sqrt 3), doubled for the half
        assertEquals(Math.log(4 / (Math.PI * Math.sqrt(3))), HalfStudentT.logPdf(0, 3, 1), 1e-14);
        assertEquals(-Math.log(3), Uniform.logPdf(-1, -1, 2), 1e-15);
        assertEquals(-Math.log(3), Uniform.logPdf(2, -1, 2), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, Uniform.logPdf(Math.nextUp(2.0), -1, 2));
        assertEquals(Double.NEGATIVE_INFINITY, Exponential.logPdf(-1e-300, 2.5));
    }

    @Test
    void negativeValuesAreOutsidePositiveSupports() {
        assertEquals(Double.NEGATIVE_INFINITY, GammaDensity.logPdf(-1, 2, 3, GammaDensity.logNormalizer(2)));
        assertEquals(Double.NEGATIVE_INFINITY, LogNormal.logPdf(-1, 0, 1));
        assertEquals(Double.NEGATIVE_INFINITY, HalfStudentT.logPdf(-1, 3, 1));
        assertEquals(Double.NEGATIVE_INFINITY, ScaledInverseChiSquared.logPdf(-1, 3, 1));
    }
}
