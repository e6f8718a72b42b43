package org.shrinkagelab.problems.fivedistricts;

import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The hierarchical posterior by brute force: composite Simpson's rule on a plain (tau_D, tau_S)
 * grid over [0, maxD] x [0, maxS] (truncated where the prior leaves negligible mass), with the
 * dense Gaussian algebra of {@link DenseSlopeModel} at every node. Slow and simple on purpose.
 */
final class BruteForceSlopes {
    private BruteForceSlopes() {
    }

    /** E and sd of (tau_D, tau_S, mu, beta_district..., beta...), in that order. */
    static double[][] moments(FiveDistrictsData data, double m0, double s0, TauPrior priorD, double maxD,
                              TauPrior priorS, double maxS, int intervals) {
        DenseSlopeModel model = new DenseSlopeModel(data, m0, s0);
        int p = 1 + data.districts().size() + data.size();
        double[] sum1 = new double[2 + p];
        double[] sum2 = new double[2 + p];
        double z = 0;
        double offset = Double.NaN;
        for (int a = 0; a <= intervals; a++) {
            double td = maxD * a / intervals;
            for (int b = 0; b <= intervals; b++) {
                double ts = maxS * b / intervals;
                DenseSlopeModel.Result r = model.at(td, ts);
                double lw = r.logMarginal() + priorD.logDensity(td) + priorS.logDensity(ts);
                if (Double.isNaN(offset)) {
                    offset = lw;
                }
                double w = simpson(a, intervals) * simpson(b, intervals) * Math.exp(lw - offset);
                z += w;
                sum1[0] += w * td;
                sum2[0] += w * td * td;
                sum1[1] += w * ts;
                sum2[1] += w * ts * ts;
                for (int k = 0; k < p; k++) {
                    sum1[2 + k] += w * r.mean()[k];
                    sum2[2 + k] += w * (r.var()[k] + r.mean()[k] * r.mean()[k]);
                }
            }
        }
        double[][] out = new double[2 + p][2];
        for (int k = 0; k < out.length; k++) {
            double m = sum1[k] / z;
            out[k][0] = m;
            out[k][1] = Math.sqrt(sum2[k] / z - m * m);
        }
        return out;
    }

    private static double simpson(int i, int n) {
        return i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
    }
}
