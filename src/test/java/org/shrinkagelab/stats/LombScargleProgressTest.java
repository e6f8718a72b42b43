package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.RecordingContext;

/** Each part of a periodogram reports once per chunk, the fraction of its own chunks done, ending at 1. */
class LombScargleProgressTest {

    @Test
    void everyPartReportsItsChunksUpToOne() {
        double[] t = new double[50];
        double[] y = new double[50];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.7 + 0.1 * Math.sin(i);
            y[i] = Math.sin(0.9 * t[i]);
        }
        LombScargle ls = new LombScargle(t, y, null);
        RecordingContext recorder = new RecordingContext();
        // exactly 6 chunks in 3 parts of 2: reports 1/2, 1 three times, and no report for a seventh chunk
        ls.power(FrequencyGrid.linspace(0.01, 3, 6 * LombScargle.CHUNK), PeriodogramNormalization.STANDARD, recorder, 3);
        assertEquals(List.of(0.5, 1.0, 0.5, 1.0, 0.5, 1.0), recorder.fractions());
    }
}
