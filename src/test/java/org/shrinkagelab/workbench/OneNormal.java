package org.shrinkagelab.workbench;

import java.util.List;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * For tests: q ~ Normal(0, sd) in one coordinate, every output a copy of q, the summary showing those in
 * {@code reported} only.
 *
 * @param sd       the standard deviation
 * @param outputs  the outputs' names (each is q)
 * @param reported the outputs a summary shows
 */
record OneNormal(double sd, List<String> outputs, List<String> reported) implements LogDensity {

    /** A normal with one output, x. */
    static OneNormal of(double sd) {
        return new OneNormal(sd, List.of("x"), List.of("x"));
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double logDensityGradient(double[] q, double[] gradient) {
        gradient[0] = -q[0] / (sd * sd);
        return -0.5 * q[0] * q[0] / (sd * sd);
    }

    @Override
    public List<String> outputNames() {
        return outputs;
    }

    @Override
    public List<String> reportedNames() {
        return reported;
    }

    @Override
    public void outputs(double[] q, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = q[0];
        }
    }
}
