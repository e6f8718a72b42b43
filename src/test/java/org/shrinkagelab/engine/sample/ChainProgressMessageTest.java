package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChainProgressMessageTest {
    @Test
    void warmupAndSamplingDivergencesAreCountedApartAndNamed() {
        assertEquals("warmup 300/1000", ChainRunner.progressMessage(300, 1000, 1000, 0, 0));
        assertEquals("warmup 300/1000, 12 divergent in warmup", ChainRunner.progressMessage(300, 1000, 1000, 12, 0));
        assertEquals("sampling 400/1000, 3 divergent (warmup: 12)",
                ChainRunner.progressMessage(1400, 1000, 1000, 12, 3));
        assertEquals("sampling 400/1000, 0 divergent (warmup: 12)",
                ChainRunner.progressMessage(1400, 1000, 1000, 12, 0));
        assertEquals("sampling 400/1000, 3 divergent", ChainRunner.progressMessage(1400, 1000, 1000, 0, 3));
    }
}
