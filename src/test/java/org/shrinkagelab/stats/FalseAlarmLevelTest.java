package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Levels exist only for probabilities strictly inside (0, 1); method names parse as on the command line. */
class FalseAlarmLevelTest {

    @Test
    void levelsRefuseProbabilitiesZeroAndOne() {
        double[] t = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + 0.3 * Math.sin(i);
            y[i] = Math.cos(1.7 * i);
        }
        FalseAlarm fa = new FalseAlarm(new LombScargle(t, y, null), PeriodogramNormalization.STANDARD, 2);
        for (FalseAlarmMethod m : new FalseAlarmMethod[] {FalseAlarmMethod.NAIVE, FalseAlarmMethod.DAVIES,
            FalseAlarmMethod.BALUEV}) {
            assertThrows(IllegalArgumentException.class, () -> fa.level(0, m), m.id());
            assertThrows(IllegalArgumentException.class, () -> fa.level(1, m), m.id());
            // just inside the ends the level exists and has that probability
            assertEquals(0.999, fa.probability(fa.level(0.999, m), m), 1e-9, m.id());
        }
    }

    @Test
    void methodsParseByTheirIds() {
        for (FalseAlarmMethod m : FalseAlarmMethod.values()) {
            assertEquals(m, FalseAlarmMethod.parse(m.id()));
        }
        assertEquals("unknown false-alarm method 'fast'; allowed: baluev, davies, naive, bootstrap",
                assertThrows(IllegalArgumentException.class, () -> FalseAlarmMethod.parse("fast")).getMessage());
    }
}
