package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.problems.Settings;

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

    /** The log-likelihood computed from the outputs equals the declared model's own, for every model. */
    @Test
    void pointwiseLogLikelihoodFromOutputsMatchesTheDeclaredModel() {
        Settings s = problem.defaults().with(AsteroidsSettings.PER_CLASS, 5L);
        var rng = RandomSource.SPLIT_MIX_64.create(7L);
        for (AsteroidsModel.Kind kind : AsteroidsModel.Kind.values()) {
            AsteroidsModel model = AsteroidsSettings.from(s).withKind(kind).model();
            DeclaredModel m = model.declare();
            double[] q = m.drawPrior(rng);
            double[] out = new double[m.outputNames().size()];
            m.outputs(q, out);
            double[][][] values = new double[1][out.length][1];
            for (int k = 0; k < out.length; k++) {
                values[0][k][0] = out[k];
            }
            Draws d = new Draws(m.outputNames(), List.of(), values, true);
            double[] expected = new double[m.observations()];
            m.logLikelihood(q, expected);
            double[][][] got = AsteroidsLogLik.of(kind, model.data(), d);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], got[0][i][0], 1e-9 * (1 + Math.abs(expected[i])), kind + " obs " + i);
            }
        }
    }
}
