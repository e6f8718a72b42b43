package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** softplus and the logistic far out in both tails, where the naive formulas overflow, against their limits. */
class BernoulliLogitTest {

    @Test
    void softplusIsExactInBothTails() {
        // log(1 + e^a) = a + log1p(e^-a): a itself for a = 1000 (e^1000 overflows), e^a for a = -1000 (0 in double)
        assertEquals(1000, BernoulliLogit.softplus(1000), 0);
        assertEquals(0, BernoulliLogit.softplus(-1000), 0);
        assertEquals(Math.exp(-40), BernoulliLogit.softplus(-40), 1e-30);
        assertEquals(Math.log(2), BernoulliLogit.softplus(0), 1e-16);
        assertEquals(-1000 * 0 - 1000, BernoulliLogit.logPmf(0, 1000), 0);
    }

    @Test
    void logisticIsFiniteInBothTails() {
        assertEquals(1, BernoulliLogit.logistic(800), 0);
        assertEquals(0, BernoulliLogit.logistic(-800), 0);
        assertEquals(Math.exp(-40) / (1 + Math.exp(-40)), BernoulliLogit.logistic(-40), 1e-30);
        assertEquals(0.5, BernoulliLogit.logistic(0), 0);
        assertEquals(0, BernoulliLogit.dAlpha(1, 800), 0);
        assertEquals(0, BernoulliLogit.dAlpha(0, -800), 0);
    }
}
