package org.shrinkagelab.problems.fivedistricts;

import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.workbench.MuPrior;

/**
 * The two models of the slopes that are conjugate: (i) complete pooling, one slope b for every
 * school with b ~ N(m0, s0); (ii) independent districts, a slope per district, each ~ N(m0, s0)
 * with no sharing. improvement_j ~ N(slope hours_j, stderr_j) through the origin, so each posterior
 * is normal with precision 1/s0^2 + sum hours^2/stderr^2.
 */
public final class ConjugateSlopes {
    private ConjugateSlopes() {
    }

    /** The posterior of the single slope of complete pooling. */
    public static NormalMoments pooled(FiveDistrictsData data, MuPrior prior) {
        return posterior(data, prior, -1);
    }

    /** The posterior of each district's slope, districts in the order of {@link FiveDistrictsData#districts()}. */
    public static NormalMoments[] independent(FiveDistrictsData data, MuPrior prior) {
        NormalMoments[] out = new NormalMoments[data.districts().size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = posterior(data, prior, d);
        }
        return out;
    }

    /** The slope's posterior from the schools of district {@code district}, or from all schools when it is -1. */
    private static NormalMoments posterior(FiveDistrictsData data, MuPrior prior, int district) {
        double[] x = data.hours();
        double[] y = data.improvements();
        double[] s = data.stderrs();
        int[] index = data.districtIndex();
        double precision = prior.isFlat() ? 0 : 1 / (prior.sd() * prior.sd());
        double linear = precision * prior.mean();
        for (int j = 0; j < x.length; j++) {
            if (district < 0 || index[j] == district) {
                double w = 1 / (s[j] * s[j]);
                precision += w * x[j] * x[j];
                linear += w * x[j] * y[j];
            }
        }
        return new NormalMoments(linear / precision, 1 / Math.sqrt(precision));
    }
}
