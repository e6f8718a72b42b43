package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Integer weights must act like repeated values. */
class WeightedSampleTest {

    @Test
    void integerWeightsActLikeRepetition() {
        WeightedSample ws = new WeightedSample(new double[] {3, 1, 2}, new double[] {1, 2, 1});
        // the same as the sample 1, 1, 2, 3
        assertEquals(7.0 / 4, ws.mean(), 1e-15);
        double var = ((1 - 1.75) * (1 - 1.75) * 2 + (2 - 1.75) * (2 - 1.75) + (3 - 1.75) * (3 - 1.75)) / 4;
        assertEquals(Math.sqrt(var), ws.sd(), 1e-15);
        assertEquals(1, ws.quantile(0.5), 0);
        assertEquals(2, ws.quantile(0.6), 0);
        assertEquals(3, ws.quantile(0.95), 0);
        assertEquals(1, ws.quantile(0), 0);
    }

    @Test
    void refusesBadWeights() {
        assertThrows(IllegalArgumentException.class, () -> new WeightedSample(new double[] {1}, new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> new WeightedSample(new double[] {1, 2}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new WeightedSample(new double[] {1}, new double[] {1, 2}));
    }
}
