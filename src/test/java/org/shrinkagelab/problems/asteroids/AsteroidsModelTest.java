package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.stats.Normal;

class AsteroidsModelTest {
    private final AsteroidsProblem problem = new AsteroidsProblem();

    @Test
    void vectorElementsAreNamedByClassCode() {
        DeclaredModel m = AsteroidsSettings.from(problem.defaults()).model().declare();
        assertTrue(m.outputNames().contains("mu_class[MBA]"));
        assertTrue(m.outputNames().contains("sigma_class[IMB]"));
        assertTrue(m.outputNames().containsAll(List.of("tau", "mu_0")));
    }

    @Test
    void labelsMustMatchTheVector() {
        ModelBuilder b = new ModelBuilder();
        b.realVector("x", 2);
        assertThrows(IllegalArgumentException.class, () -> b.labelElements("x", List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> b.labelElements("x", List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> b.labelElements("y", List.of("a", "b")));
    }

    /**
     * The mixture's components are ordered: the gap is positive and the bright mean (dark mean plus gap) exceeds the
     * dark one in every draw; each class's mean is the weighted mean of the two components.
     */
    @Test
    void mixtureComponentsCannotSwitchLabels() {
        Settings s = problem.defaults().with(AsteroidsSettings.PER_CLASS, 5L).with(AsteroidsSettings.MODEL, "mixture");
        AsteroidsModel model = AsteroidsSettings.from(s).model();
        DeclaredModel m = model.declare();
        var rng = RandomSource.SPLIT_MIX_64.create(7L);
        List<String> names = m.outputNames();
        assertTrue(m.reportedNames().containsAll(List.of("mu_dark", "gap", "sigma", "w_dark[TJN]", "mu_class[TJN]")),
                m.reportedNames().toString());
        assertFalse(m.reportedNames().contains("z_dark"), m.reportedNames().toString());
        double[] out = new double[names.size()];
        for (int draw = 0; draw < 200; draw++) {
            m.outputs(m.drawPrior(rng), out);
            double dark = out[names.indexOf("mu_dark")];
            double gap = out[names.indexOf("gap")];
            assertTrue(gap > 0 && dark + gap > dark, "gap " + gap);
            for (String code : model.data().classes()) {
                double w = out[names.indexOf("w_dark[" + code + "]")];
                assertEquals(w * dark + (1 - w) * (dark + gap), out[names.indexOf("mu_class[" + code + "]")], 1e-12);
            }
        }
    }

    /** The mixture's log density is the two components' weighted sum, also where each underflows alone. */
    @Test
    void predictiveDensityIsTheModelsDensity() {
        double y = -2.1;
        double expected = Math.log(0.3 * Math.exp(Normal.logPdf(y, -3, 0.4)) + 0.7 * Math.exp(Normal.logPdf(y, -1.6, 0.5)));
        assertEquals(expected, AsteroidsFigures.PredictiveDensity.mixtureLogPdf(y, 0.3, -3, 0.4, -1.6, 0.5), 1e-12);
        // far in a tail, where each component's density underflows on its own: the wider one dominates
        assertEquals(Math.log(0.7) + Normal.logPdf(-60, -1.6, 0.5),
                AsteroidsFigures.PredictiveDensity.mixtureLogPdf(-60, 0.3, -3, 0.4, -1.6, 0.5), 1e-9);
    }

    /** The exported figures (each problem figure once, the DAG of the chosen model among them) have distinct names. */
    @Test
    void exportedFiguresHaveDistinctNames() {
        Settings s = problem.defaults().with(AsteroidsSettings.PER_CLASS, 3L).with("warmup", 100L)
                .with("draws", 100L).with("chains", 2L);
        List<String> names = problem.figures(s, org.shrinkagelab.engine.JobContext.none()).stream()
                .map(org.shrinkagelab.charts.Figure::name).toList();
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), names.toString());
        assertTrue(names.containsAll(List.of("asteroids-shrinkage", "asteroids-forest", "asteroids-ppc-MBA",
                "asteroids-ppc-CEN", "asteroids-sharpening", "asteroids-dag")), names.toString());
    }
}
