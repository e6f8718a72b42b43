package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The generalized Pareto quantile against its closed form sigma ((1 - p)^-k - 1) / k. */
class GeneralizedParetoTest {

    @Test
    void quantileIsTheClosedForm() {
        for (double k : new double[] {-0.4, 0.25, 0.7, 1.5}) {
            for (double p : new double[] {0.05, 0.5, 0.95}) {
                double expected = 2.5 * (Math.pow(1 - p, -k) - 1) / k;
                assertEquals(expected, GeneralizedPareto.quantile(p, k, 2.5), 1e-13 * Math.abs(expected),
                        "k " + k + ", p " + p);
            }
        }
    }

    @Test
    void aScaleThatIsNotPositiveHasNoQuantile() {
        assertEquals(Double.NaN, GeneralizedPareto.quantile(0.5, 0.3, 0));
        assertEquals(Double.NaN, GeneralizedPareto.quantile(0.5, 0.3, -1));
        assertEquals(Double.NaN, GeneralizedPareto.quantile(0.5, 0.3, Double.NaN));
    }
}
