package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;

class WorkbenchProblemFiguresTest {

    /** mu and log(tau) standard normal: outputs mu and tau, tau second so that picking it first is a choice. */
    private static final class MuTau implements LogDensity {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double logDensityGradient(double[] q, double[] gradient) {
            gradient[0] = -q[0];
            gradient[1] = -q[1];
            return -0.5 * (q[0] * q[0] + q[1] * q[1]);
        }

        @Override
        public List<String> outputNames() {
            return List.of("mu", "tau");
        }

        @Override
        public void outputs(double[] q, double[] out) {
            out[0] = q[0];
            out[1] = Math.exp(q[1]);
        }
    }

    /** A problem with a model and nothing of its own. */
    private static final class Minimal extends WorkbenchProblem {
        @Override
        public String id() {
            return "minimal";
        }

        @Override
        public String title() {
            return "Minimal";
        }

        @Override
        protected List<ParameterSpec> modelParameters() {
            return List.of();
        }

        @Override
        public LogDensity model(Settings settings) {
            return new MuTau();
        }
    }

    /** Without figures of its own a problem exports the workbench views', tau first (the default pick). */
    @Test
    void problemWithoutOwnFiguresExportsTheWorkbenchViewsWithTauFirst() {
        Minimal p = new Minimal();
        Settings s = p.defaults().with(SamplerOptions.CHAINS, 2L).with(SamplerOptions.WARMUP, 100L)
                .with(SamplerOptions.DRAWS, 100L);
        List<Figure> figures = p.figures(s, JobContext.none());
        assertEquals(List.of("minimal-parameter-trace", "minimal-parameter-rank", "minimal-parameter-density",
                "minimal-parameter-autocorrelation", "minimal-pair", "minimal-energy"),
                figures.stream().map(Figure::name).toList());
        assertEquals("tau", figures.get(0).chart().getXYPlot().getRangeAxis().getLabel());
        assertEquals("log(tau)", figures.get(4).chart().getXYPlot().getRangeAxis().getLabel());
    }
}
