package org.shrinkagelab.problems.fivedistricts;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.engine.sample.Draws;

/**
 * Each school's slope and pointwise log-likelihood log N(improvement_j | slope_j hours_j, stderr_j) from a
 * fit's draws (Stan's generated quantity {@code log_lik[j]}): the slope is mu in (i), the district's slope in
 * (ii) and the school's own beta[j] in (iii), all of them outputs of the model.
 */
public final class SchoolLikelihood {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private SchoolLikelihood() {
    }

    /** The output holding school j's slope (0-based j) under the model. */
    public static String slopeName(SlopeModel model, FiveDistrictsData data, int j) {
        return switch (model) {
            case POOLED -> "mu";
            case INDEPENDENT -> "beta_district[" + (data.districtIndex()[j] + 1) + "]";
            case HIERARCHICAL -> "beta[" + (j + 1) + "]";
        };
    }

    /** The names of the pointwise log-likelihoods, {@code log_lik[1..J]}. */
    public static List<String> names(int schools) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= schools; j++) {
            names.add("log_lik[" + j + "]");
        }
        return names;
    }

    /** log_lik as [chain][school][draw] from draws (every chain cut to the shortest). */
    public static double[][][] logLik(SlopeModel model, FiveDistrictsData data, Draws draws) {
        Draws d = draws.truncatedToShortest();
        double[] x = data.hours();
        double[] y = data.improvements();
        double[] s = data.stderrs();
        double[][][] out = new double[d.chains()][data.size()][];
        for (int j = 0; j < data.size(); j++) {
            double[][] slope = d.parameter(slopeName(model, data, j));
            for (int c = 0; c < slope.length; c++) {
                double[] ll = new double[slope[c].length];
                for (int i = 0; i < ll.length; i++) {
                    double z = (y[j] - slope[c][i] * x[j]) / s[j];
                    ll[i] = -0.5 * z * z - Math.log(s[j]) - LOG_SQRT_2PI;
                }
                out[c][j] = ll;
            }
        }
        return out;
    }
}
