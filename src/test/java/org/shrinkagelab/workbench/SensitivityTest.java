package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerSettings;

class SensitivityTest {

    /** Two draws per chain are enough to keep a fit (the overlay needs at least two); one is not. */
    @Test
    void fitsOfTwoDrawsPerChainAreKeptAndOfOneAreNot() {
        List<OneNormal> models = List.of(OneNormal.of(1), OneNormal.of(3));
        List<Draws> fits = Sensitivity.sampleEach(models, SamplerSettings.nuts(2, 20, 2, 5L), JobContext.none());
        assertEquals(2, fits.size());
        for (Draws d : fits) {
            assertEquals(2, d.shortestChain());
        }
        assertThrows(CancelledException.class,
                () -> Sensitivity.sampleEach(models, SamplerSettings.nuts(2, 20, 1, 5L), JobContext.none()));
    }
}
