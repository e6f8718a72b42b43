package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.stats.AdaptiveQuadrature;
import org.shrinkagelab.stats.Normal;

class ConjugateSlopesTest {
    private final FiveDistrictsData data = FiveDistrictsData.bundled();

    @Test
    void pooledSlopeMatchesQuadratureOfItsPosterior() {
        NormalMoments m = ConjugateSlopes.pooled(data, MuPrior.normal(0, 1));
        assertMatchesQuadrature(m, -1, 0, 1);
    }

    @Test
    void eachIndependentDistrictMatchesQuadratureOfItsPosterior() {
        NormalMoments[] m = ConjugateSlopes.independent(data, MuPrior.normal(0.5, 0.4));
        for (int d = 0; d < m.length; d++) {
            assertMatchesQuadrature(m[d], d, 0.5, 0.4);
        }
    }

    @Test
    void flatPriorGivesTheWeightedLeastSquaresSlope() {
        double[] x = data.hours();
        double[] y = data.improvements();
        double[] s = data.stderrs();
        double sxy = 0;
        double sxx = 0;
        for (int j = 0; j < x.length; j++) {
            sxy += x[j] * y[j] / (s[j] * s[j]);
            sxx += x[j] * x[j] / (s[j] * s[j]);
        }
        NormalMoments m = ConjugateSlopes.pooled(data, MuPrior.flat());
        assertEquals(sxy / sxx, m.mean(), 1e-12);
        assertEquals(1 / Math.sqrt(sxx), m.sd(), 1e-12);
    }

    /** Mean and sd of prior times likelihood of the schools of {@code district} (-1: all), by quadrature. */
    private void assertMatchesQuadrature(NormalMoments m, int district, double m0, double s0) {
        double[] x = data.hours();
        double[] y = data.improvements();
        double[] s = data.stderrs();
        int[] index = data.districtIndex();
        double peak = logPost(m.mean(), district, m0, s0, x, y, s, index);
        double lo = m.mean() - 12 * m.sd();
        double hi = m.mean() + 12 * m.sd();
        double z = AdaptiveQuadrature.integrate(b -> Math.exp(logPost(b, district, m0, s0, x, y, s, index) - peak),
                lo, hi, 1e-12);
        double mean = AdaptiveQuadrature.integrate(b -> b * Math.exp(logPost(b, district, m0, s0, x, y, s, index)
                - peak), lo, hi, 1e-12) / z;
        double var = AdaptiveQuadrature.integrate(b -> (b - mean) * (b - mean)
                * Math.exp(logPost(b, district, m0, s0, x, y, s, index) - peak), lo, hi, 1e-12) / z;
        assertEquals(mean, m.mean(), 1e-9 * m.sd());
        assertEquals(Math.sqrt(var), m.sd(), 1e-9 * m.sd());
    }

    private static double logPost(double b, int district, double m0, double s0, double[] x, double[] y, double[] s,
                                  int[] index) {
        double l = Normal.logPdf(b, m0, s0);
        for (int j = 0; j < x.length; j++) {
            if (district < 0 || index[j] == district) {
                l += Normal.logPdf(y[j], b * x[j], s[j]);
            }
        }
        return l;
    }
}
