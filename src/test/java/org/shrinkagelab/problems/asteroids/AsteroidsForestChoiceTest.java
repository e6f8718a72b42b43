package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.stats.PointInterval;
import org.shrinkagelab.workbench.SamplerOptions;

/** The forest of class means follows the point and interval chooser: type-7 quantiles of each class mean's draws. */
class AsteroidsForestChoiceTest {
    @Test
    void theForestShowsTheChosenPointAndIntervalOfTheDrawsWithoutRefitting() {
        Settings settings = new AsteroidsProblem().defaults().with(AsteroidsSettings.PER_CLASS, 3L)
                .with(SamplerOptions.CHAINS, 2L).with(SamplerOptions.WARMUP, 200L).with(SamplerOptions.DRAWS, 200L);
        AsteroidsSettings s = AsteroidsSettings.from(settings);
        AsteroidsAnalysis hierarchical = AsteroidsAnalysis.fit(s.model(), s.sampler(), JobContext.none());
        AsteroidsFigures f = new AsteroidsFigures();
        f.updateComparison(Map.of(AsteroidsModel.Kind.HIERARCHICAL, hierarchical));
        assertTrue(f.forest().chart().getTitle().getText().contains("90% intervals"));

        f.setPointInterval(new PointInterval(0.5, PointInterval.Estimate.MEDIAN));
        String code = hierarchical.data().classes().get(1);
        double[][] draws = hierarchical.fit().draws().parameter("mu_class[" + code + "]");
        var series = f.forest().dataset().getSeries(0);
        assertEquals(Diagnostics.quantile(draws, 0.5), series.getX(1).doubleValue(), 1e-12);
        assertEquals(Diagnostics.quantile(draws, 0.25), series.getXLowValue(1), 1e-12);
        assertEquals(Diagnostics.quantile(draws, 0.75), series.getXHighValue(1), 1e-12);
        assertTrue(f.forest().chart().getTitle().getText().contains("50% intervals"));
        assertEquals("log albedo: posterior median, 50% interval", f.forest().plot().getDomainAxis().getLabel());
    }
}
