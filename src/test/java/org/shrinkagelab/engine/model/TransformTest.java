package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransformTest {
    private static final List<Transform> TRANSFORMS = List.of(Transform.positive(), Transform.lowerBound(-3),
            Transform.interval(0, 10), Transform.interval(-2, 5.5));

    /** dx/du and d logJ/du by central differences; logJ = log(dx/du) computed from the finite-difference slope. */
    @Test
    void derivativesAndJacobianMatchFiniteDifferences() {
        double h = 1e-6;
        for (Transform t : TRANSFORMS) {
            for (double u = -6; u <= 6; u += 0.75) {
                double slope = (t.constrain(u + h) - t.constrain(u - h)) / (2 * h);
                assertEquals(slope, t.derivative(u), 1e-7 * Math.max(1, slope), t + " dx/du at " + u);
                assertEquals(Math.log(slope), t.logJacobian(u), 1e-7, t + " log Jacobian at " + u);
                double jSlope = (t.logJacobian(u + h) - t.logJacobian(u - h)) / (2 * h);
                assertEquals(jSlope, t.logJacobianDerivative(u), 1e-7, t + " d logJ/du at " + u);
                assertEquals(u, t.unconstrain(t.constrain(u)), 1e-9, t + " round trip at " + u);
            }
        }
    }

    /** The one-evaluation form gives exactly the numbers of constrain and derivative called apart. */
    @Test
    void constrainWithDerivativeIsBothBitForBit() {
        double[] derivative = new double[2];
        for (Transform t : TRANSFORMS) {
            for (double u = -40; u <= 40; u += 0.37) {
                double x = t.constrain(u, derivative, 1);
                assertEquals(Double.doubleToLongBits(t.constrain(u)), Double.doubleToLongBits(x), t + " x at " + u);
                assertEquals(Double.doubleToLongBits(t.derivative(u)), Double.doubleToLongBits(derivative[1]),
                        t + " dx/du at " + u);
            }
        }
    }

    @Test
    void intervalStaysFiniteAndInsideForLargeArguments() {
        Transform t = Transform.interval(0, 10);
        assertEquals(Math.log(10) - 800, t.logJacobian(800), 1e-9);
        assertEquals(Math.log(10) - 800, t.logJacobian(-800), 1e-9);
        assertTrue(t.constrain(-800) >= 0 && t.constrain(800) <= 10);
    }

    /** The failure messages above name a transform by its support. */
    @Test
    void namesItsSupport() {
        assertEquals("interval(-2.0, 5.5)", Transform.interval(-2, 5.5).toString());
        assertEquals("lower-bound(-3.0)", Transform.lowerBound(-3).toString());
    }

    @Test
    void refusesValuesOutsideTheSupport() {
        assertThrows(IllegalArgumentException.class, () -> Transform.positive().unconstrain(0));
        assertThrows(IllegalArgumentException.class, () -> Transform.interval(0, 1).unconstrain(1));
        // the bounds themselves are outside the open support: their logit or log would be infinite
        assertThrows(IllegalArgumentException.class, () -> Transform.interval(-2, 5.5).unconstrain(-2));
        assertThrows(IllegalArgumentException.class, () -> Transform.lowerBound(-3).unconstrain(-3));
        assertThrows(IllegalArgumentException.class, () -> Transform.interval(1, 1));
    }
}
