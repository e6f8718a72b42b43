package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.sample.LiveDraws;

class LiveDiagnosticsTest {

    /** The running numbers are the posterior-package diagnostics of the draws after warmup so far, nothing else. */
    @Test
    void runningRhatAndEssAreThoseOfTheDrawsAfterWarmupSoFar() {
        double[][] chains = new double[3][];
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        for (int c = 0; c < 3; c++) {
            chains[c] = new double[50 + 40 + c];
            for (int i = 0; i < chains[c].length; i++) {
                chains[c][i] = rng.nextDouble() + (i < 50 ? 5 : 0);
            }
        }
        LiveDraws.Snapshot s = new LiveDraws.Snapshot("x", chains, 50);
        double[][] kept = s.afterWarmup();
        assertEquals(40, kept[2].length, "cut to the shortest chain");
        LiveDiagnostics d = LiveDiagnostics.of(s);
        assertEquals(Diagnostics.rhat(kept), d.rHat(), 0.0);
        assertEquals(Diagnostics.essBulk(kept), d.essBulk(), 0.0);
        assertTrue(d.text().startsWith("x after 40 draws per chain: R-hat "), d.text());
    }

    @Test
    void whileWarmingUpItSaysHowFarTheSlowestChainIs() {
        LiveDiagnostics d = LiveDiagnostics.of(new LiveDraws.Snapshot("tau",
                new double[][] {new double[30], new double[12]}, 100));
        assertTrue(Double.isNaN(d.rHat()));
        assertEquals("tau: warming up (12/100); R-hat and ESS follow the warmup", d.text());
    }

    /** Four draws after warmup in every chain are enough for the running numbers. */
    @Test
    void fourDrawsAfterWarmupAreEnough() {
        double[][] chains = {{9, 9, 1, 2, 3, 4}, {9, 9, 2, 1, 4, 3.5}};
        LiveDiagnostics d = LiveDiagnostics.of(new LiveDraws.Snapshot("mu", chains, 2));
        assertEquals(4, d.drawsPerChain());
        assertEquals(Diagnostics.rhat(new double[][] {{1, 2, 3, 4}, {2, 1, 4, 3.5}}), d.rHat(), 0.0);
        assertTrue(d.text().startsWith("mu after 4 draws per chain: R-hat "), d.text());
    }

    /** Before any chain has reported there is no slowest chain to describe. */
    @Test
    void withoutChainsThereIsNoWarmupProgress() {
        LiveDiagnostics d = LiveDiagnostics.of(new LiveDraws.Snapshot("tau", new double[0][], 100));
        assertEquals(-1, d.warmupDone());
        assertEquals("tau: too few draws after warmup for R-hat and ESS yet", d.text());
    }

    @Test
    void warmupJustStartedCountsFromZero() {
        assertEquals("tau: warming up (0/100); R-hat and ESS follow the warmup",
                new LiveDiagnostics("tau", 0, 0, 100, Double.NaN, Double.NaN).text());
        assertEquals("tau after 4 draws per chain: R-hat 1.020, bulk ESS 7",
                new LiveDiagnostics("tau", 4, -1, 100, 1.02, 7).text());
    }
}
