package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsModel;
import org.shrinkagelab.workbench.Parameterization;

class LiveDrawsTest {

    @Test
    void recordingEveryIterationLeavesTheDrawsBitIdenticalAndItsTailIsTheKeptDraws() {
        EightSchoolsModel model = EightSchoolsModel.standard(Parameterization.CENTERED);
        SamplerSettings settings = SamplerSettings.of(SamplerKind.NUTS, 2, 150, 120, 7);
        SamplerRun plain = ChainRunner.run(model, settings, JobContext.none());
        LiveDraws live = new LiveDraws(model.outputNames(), 2, 150, 120);
        SamplerRun recorded = ChainRunner.run(model, settings, JobContext.none(), live);
        for (String name : plain.draws().parameters()) {
            double[][] a = plain.draws().parameter(name);
            double[][] b = recorded.draws().parameter(name);
            for (int c = 0; c < a.length; c++) {
                assertArrayEquals(a[c], b[c], 0.0, name + " chain " + (c + 1));
            }
        }
        assertArrayEquals(plain.draws().stat("treedepth__")[1], recorded.draws().stat("treedepth__")[1], 0.0);
        LiveDraws.Snapshot tau = live.snapshot("tau");
        assertEquals(150 + 120, tau.chains()[0].length);
        assertEquals(150, tau.warmup());
        double[][] kept = tau.afterWarmup();
        for (int c = 0; c < 2; c++) {
            assertArrayEquals(plain.draws().parameter("tau")[c], kept[c], 0.0);
        }
    }

    @Test
    void aSnapshotDuringWarmupHasNoDrawsAfterWarmup() {
        LiveDraws live = new LiveDraws(java.util.List.of("x"), 2, 10, 5);
        live.record(0, 0, new double[] {1.5});
        live.record(0, 1, new double[] {2.5});
        live.record(1, 0, new double[] {3.5});
        LiveDraws.Snapshot s = live.snapshot("x");
        assertArrayEquals(new double[] {1.5, 2.5}, s.chains()[0], 0.0);
        assertArrayEquals(new double[] {3.5}, s.chains()[1], 0.0);
        assertEquals(0, s.afterWarmup()[0].length);
    }

    @Test
    void keptPerChainCountsTheShortestChainsDrawsAfterWarmup() {
        LiveDraws live = new LiveDraws(java.util.List.of("x"), 2, 2, 3);
        for (int i = 0; i < 4; i++) {
            live.record(0, i, new double[] {i});
        }
        live.record(1, 0, new double[] {0});
        live.record(1, 1, new double[] {1});
        assertEquals(0, live.keptPerChain(), "chain 2 has only finished its warmup");
        live.record(1, 2, new double[] {2});
        assertEquals(1, live.keptPerChain());
        assertEquals(live.snapshot("x").afterWarmup()[0].length, live.keptPerChain());
    }
}
