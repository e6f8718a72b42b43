package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The asteroid mixture fitted by a seeded short NUTS run to simulated data of the real data's shape (a large class
 * split between the peaks, a large all-dark class, smaller mostly-dark and mostly-bright classes, one- and
 * two-asteroid classes) recovers the simulating values: each within 4 posterior sd of its posterior mean (a
 * correct posterior misses by more than 4 sd with probability about 6e-5 per quantity), and every chain agrees.
 */
class MixtureRecoveryTest {
    private static final double DARK = Math.log(0.05);
    private static final double GAP = 1.35;
    private static final double SIGMA = 0.3;
    /** Class code, count and dark fraction. */
    private static final Object[][] CLASSES = {{"A", 400, 0.5}, {"B", 150, 0.95}, {"C", 30, 0.7}, {"D", 8, 0.2},
        {"E", 2, 0.5}, {"F", 1, 0.5}};

    private static AsteroidsData simulated(Random random) {
        List<AsteroidsData.Asteroid> list = new ArrayList<>();
        for (Object[] c : CLASSES) {
            for (int i = 0; i < (int) c[1]; i++) {
                boolean dark = random.nextDouble() < (double) c[2];
                double y = DARK + (dark ? 0 : GAP) + SIGMA * random.nextGaussian();
                list.add(new AsteroidsData.Asteroid("sim " + c[0] + "-" + i, (String) c[0], 15, 5, Math.exp(y),
                        Double.NaN, 2.5, 0.1, 5));
            }
        }
        return new AsteroidsData(list);
    }

    @Test
    void aShortFitRecoversTheSharedComponentsAndTheClassWeights() {
        AsteroidsModel model = new AsteroidsModel(AsteroidsModel.Kind.MIXTURE, simulated(new Random(2026)),
                ClassParameterization.BY_CLASS, MuPrior.normal(-2, 1), TauPrior.halfNormal(1),
                AsteroidsModel.SigmaPopulation.LOGNORMAL, TauPrior.halfNormal(1), null);
        AsteroidsAnalysis a = AsteroidsAnalysis.fit(model, SamplerSettings.nuts(2, 300, 300, 11), JobContext.none(),
                null, false);
        Map<String, Double> truth = new LinkedHashMap<>(Map.of("mu_dark", DARK, "gap", GAP, "sigma", SIGMA));
        for (Object[] c : CLASSES) {
            truth.put("w_dark[" + c[0] + "]", (double) c[2]);
        }
        List<String> failures = new ArrayList<>();
        truth.forEach((name, value) -> {
            var s = a.summary(name);
            if (!(Math.abs(s.mean() - value) < 4 * s.sd()) || !(s.rHat() < 1.05)) {
                failures.add(name + ": mean " + s.mean() + " sd " + s.sd() + " r-hat " + s.rHat() + ", truth " + value);
            }
        });
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(0, a.fit().run().divergences());
    }
}
