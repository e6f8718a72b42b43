package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.FiveDistrictsData;

class LeaveOneDistrictOutTest {

    /** The diagonal-plus-rank-one density against commons-math's dense multivariate normal. */
    @Test
    void heldOutDensityMatchesTheDenseMultivariateNormal() {
        double[] x = {12.5, 18, 9.25, 15};
        double[] y = {4, 11, -3, 9};
        double[] s = {8, 12, 10, 17};
        double a = 0.45;
        double tauS = 0.3;
        double c = 0.2 * 0.2;
        double[][] cov = new double[4][4];
        double[] mean = new double[4];
        for (int i = 0; i < 4; i++) {
            mean[i] = a * x[i];
            for (int j = 0; j < 4; j++) {
                cov[i][j] = c * x[i] * x[j] + (i == j ? s[i] * s[i] + tauS * tauS * x[i] * x[i] : 0);
            }
        }
        double dense = new MultivariateNormalDistribution(mean, cov).density(y);
        assertEquals(Math.log(dense), LeaveOneDistrictOut.logDensity(y, x, s, a, tauS, c), 1e-10);
    }

    @Test
    void withoutADistrictKeepsTheOthersSchools() {
        FiveDistrictsData data = FiveDistrictsData.bundled();
        FiveDistrictsData rest = LeaveOneDistrictOut.without(data, "E");
        assertEquals(data.size() - 8, rest.size());
        assertEquals(4, rest.districts().size());
    }

    @Test
    void aFlatMuPriorIsRefusedWithItsReason() {
        FiveDistrictsProblem p = new FiveDistrictsProblem();
        FiveDistrictsRequest r = FiveDistrictsRequest.from(p.defaults().with("mu-prior", "flat"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeaveOneDistrictOut.run(r, org.shrinkagelab.engine.JobContext.none()));
        assertEquals(true, e.getMessage().contains("proper mu prior"), e.getMessage());
    }

    /**
     * Pooled, held-out district A: the slope's exact posterior from the other districts is N(m, v), so the exact
     * predictive is N(m x, diag(stderr²) + v x xᵀ); the refit's draw average must match it within 4 Monte Carlo
     * standard errors of log mean p(y | mu) (4 chains of 1000 draws, seed 1, taken as independent).
     */
    @Test
    void pooledRefitMatchesTheConjugatePredictive() {
        FiveDistrictsProblem p = new FiveDistrictsProblem();
        FiveDistrictsRequest r = FiveDistrictsRequest.from(p.defaults().with("model", "pooled"));
        FiveDistrictsData data = r.data();
        String district = data.districts().get(0);
        FiveDistrictsData rest = LeaveOneDistrictOut.without(data, district);
        NormalMoments post = ConjugateSlopes.pooled(rest, r.muPrior());
        var held = data.schools().stream().filter(s -> s.district().equals(district)).toList();
        double[] x = held.stream().mapToDouble(FiveDistrictsData.School::hours).toArray();
        double[] y = held.stream().mapToDouble(FiveDistrictsData.School::improvement).toArray();
        double[] s = held.stream().mapToDouble(FiveDistrictsData.School::stderr).toArray();
        double exact = LeaveOneDistrictOut.logDensity(y, x, s, post.mean(), 0, post.sd() * post.sd());
        // Monte Carlo error of log mean_w from the exact posterior: sd(w) / (mean(w) sqrt(S)).
        org.apache.commons.math3.random.MersenneTwister rng = new org.apache.commons.math3.random.MersenneTwister(9);
        int n = 200_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.exp(LeaveOneDistrictOut.logDensity(y, x, s, post.mean() + post.sd() * rng.nextGaussian(),
                    0, 0) - exact);
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / n;
        double relSd = Math.sqrt(sum2 / n - mean * mean) / mean;
        double mcse = relSd / Math.sqrt(4000);
        double refit = LeaveOneDistrictOut.refit(r, district, org.shrinkagelab.engine.JobContext.none());
        assertEquals(exact, refit, 4 * mcse, "exact " + exact + ", refit " + refit + ", mcse " + mcse);
    }
}
