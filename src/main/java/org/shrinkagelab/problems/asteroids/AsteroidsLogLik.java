package org.shrinkagelab.problems.asteroids;

import java.util.List;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.diag.Loo;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.Normal;

/**
 * The pointwise log-likelihood of each asteroid under each draw, from the model's outputs (as Stan's
 * generated quantities would write log_lik), and its PSIS-LOO.
 */
public final class AsteroidsLogLik {
    private AsteroidsLogLik() {
    }

    /** log p(y_i | draw) as [chain][asteroid][draw]. */
    public static double[][][] of(AsteroidsModel.Kind kind, AsteroidsData data, Draws draws) {
        Draws d = draws.truncatedToShortest();
        List<String> classes = data.classes();
        int[] c = data.classIndex();
        double[] y = data.logAlbedos();
        int chains = d.chains();
        int n = d.shortestChain();
        double[][][] out = new double[chains][y.length][n];
        for (int ch = 0; ch < chains; ch++) {
            double[][][] p = switch (kind) {
                case POOLED -> new double[][][] {broadcast(d.parameter("mu")[ch], classes.size()),
                        broadcast(d.parameter("sigma")[ch], classes.size())};
                case INDEPENDENT, HIERARCHICAL -> new double[][][] {byClass(d, "mu_class", classes, ch),
                        byClass(d, "sigma_class", classes, ch)};
                case MIXTURE -> new double[][][] {byClass(d, "low_class", classes, ch),
                        byClass(d, "gap_class", classes, ch), byClass(d, "w_dark", classes, ch),
                        broadcast(d.parameter("sigma_dark")[ch], classes.size()),
                        broadcast(d.parameter("sigma_bright")[ch], classes.size())};
            };
            for (int i = 0; i < y.length; i++) {
                int k = c[i];
                for (int s = 0; s < n; s++) {
                    out[ch][i][s] = kind == AsteroidsModel.Kind.MIXTURE
                            ? mixture(y[i], p[2][k][s], p[0][k][s], p[3][k][s], p[0][k][s] + p[1][k][s], p[4][k][s])
                            : Normal.logPdf(y[i], p[0][k][s], p[1][k][s]);
                }
            }
        }
        return out;
    }

    /** PSIS-LOO of the fit. */
    public static LooResult loo(AsteroidsModel.Kind kind, AsteroidsData data, Draws draws) {
        List<String> names = java.util.stream.IntStream.rangeClosed(1, data.size())
                .mapToObj(i -> "log_lik[" + i + "]").toList();
        return Loo.of(names, of(kind, data, draws));
    }

    /** log(w N(y; m1, s1) + (1 - w) N(y; m2, s2)) without underflow. */
    static double mixture(double y, double w, double m1, double s1, double m2, double s2) {
        double l1 = Math.log(w) + Normal.logPdf(y, m1, s1);
        double l2 = Math.log1p(-w) + Normal.logPdf(y, m2, s2);
        double hi = Math.max(l1, l2);
        return hi + Math.log(Math.exp(l1 - hi) + Math.exp(l2 - hi));
    }

    private static double[][] byClass(Draws d, String name, List<String> classes, int chain) {
        double[][] out = new double[classes.size()][];
        for (int k = 0; k < classes.size(); k++) {
            out[k] = d.parameter(name + "[" + classes.get(k) + "]")[chain];
        }
        return out;
    }

    private static double[][] broadcast(double[] values, int k) {
        double[][] out = new double[k][];
        java.util.Arrays.fill(out, values);
        return out;
    }
}
