package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A prior whose family reaches outside the parameter's support (a normal on a positive or bounded parameter) is
 * drawn truncated to the support: every draw inside it, with the truncated normal's mean and standard deviation.
 */
class TruncatedPriorDrawTest {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    /**
     * Mean and sd of N(m, s) truncated to (lo, hi): with a = (lo - m) / s, b = (hi - m) / s and Z = Phi(b) - Phi(a),
     * mean m + s (phi(a) - phi(b)) / Z and variance s^2 (1 + (a phi(a) - b phi(b)) / Z - ((phi(a) - phi(b)) / Z)^2).
     */
    private static double[] truncatedMoments(double m, double s, double lo, double hi) {
        double a = (lo - m) / s;
        double b = (hi - m) / s;
        double z = STANDARD.cumulativeProbability(b) - STANDARD.cumulativeProbability(a);
        double pa = STANDARD.density(a);
        double pb = Double.isInfinite(b) ? 0 : STANDARD.density(b);
        double bpb = Double.isInfinite(b) ? 0 : b * pb;
        double ratio = (pa - pb) / z;
        double variance = s * s * (1 + (a * pa - bpb) / z - ratio * ratio);
        return new double[] {m + s * ratio, Math.sqrt(variance)};
    }

    @Test
    void normalPriorsOnAPositiveAndABoundedParameterAreDrawnTruncated() {
        ModelBuilder m = new ModelBuilder();
        Expr tau = m.positive("tau");
        Expr w = m.bounded("w", 0, 1);
        m.normal(tau, 1, 2);
        m.normal(w, 0.8, 0.5);
        DeclaredModel model = m.build();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        int draws = 10_000;
        double[] sum = new double[2];
        double[] squares = new double[2];
        double[] out = new double[2];
        for (int k = 0; k < draws; k++) {
            model.outputs(model.drawPrior(rng), out);
            assertTrue(out[0] > 0, "tau = " + out[0]);
            assertTrue(out[1] > 0 && out[1] < 1, "w = " + out[1]);
            for (int j = 0; j < 2; j++) {
                sum[j] += out[j];
                squares[j] += out[j] * out[j];
            }
        }
        double[][] expected = {truncatedMoments(1, 2, 0, Double.POSITIVE_INFINITY), truncatedMoments(0.8, 0.5, 0, 1)};
        for (int j = 0; j < 2; j++) {
            double mean = sum[j] / draws;
            double sd = Math.sqrt(squares[j] / draws - mean * mean);
            // MCSE of the mean sd / sqrt(n); of the sd, about sd / sqrt(2 n) (a light-tailed distribution)
            assertEquals(expected[j][0], mean, 4.5 * expected[j][1] / Math.sqrt(draws), "mean " + j);
            assertEquals(expected[j][1], sd, 4.5 * expected[j][1] / Math.sqrt(2.0 * draws), "sd " + j);
        }
    }
}
