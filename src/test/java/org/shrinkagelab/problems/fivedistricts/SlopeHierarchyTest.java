package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.stats.AdaptiveQuadrature;
import org.shrinkagelab.stats.Normal;

class SlopeHierarchyTest {
    private final FiveDistrictsData data = FiveDistrictsData.bundled();

    @Test
    void conditionalMatchesDenseGaussianAlgebra() {
        SlopeHierarchy model = new SlopeHierarchy(data, MuPrior.normal(0.2, 0.7));
        DenseSlopeModel dense = new DenseSlopeModel(data, 0.2, 0.7);
        for (double[] taus : new double[][] {{0.3, 0.1}, {0.05, 0.6}, {1.5, 0.02}, {0, 0.2}, {0.4, 0}}) {
            SlopeHierarchy.Conditional c = model.conditional(taus[0], taus[1]);
            DenseSlopeModel.Result r = dense.at(taus[0], taus[1]);
            assertEquals(r.logMarginal(), c.logMarginal(), 1e-10 * Math.abs(r.logMarginal()));
            assertEquals(r.mean()[0], c.muMean(), 1e-10);
            assertEquals(r.var()[0], c.muVar(), 1e-10);
            for (int d = 0; d < 5; d++) {
                assertEquals(r.mean()[1 + d], c.districtMean()[d], 1e-10);
                assertEquals(r.var()[1 + d], c.districtVar()[d], 1e-10);
            }
            for (int j = 0; j < data.size(); j++) {
                assertEquals(r.mean()[6 + j], c.schoolMean()[j], 1e-10);
                assertEquals(r.var()[6 + j], c.schoolVar()[j], 1e-10);
            }
        }
    }

    @Test
    void bothScalesZeroIsCompletePooling() {
        MuPrior prior = MuPrior.normal(0, 1);
        SlopeHierarchy.Conditional c = new SlopeHierarchy(data, prior).conditional(0, 0);
        NormalMoments pooled = ConjugateSlopes.pooled(data, prior);
        assertEquals(pooled.mean(), c.muMean(), 1e-12);
        assertEquals(pooled.sd(), Math.sqrt(c.muVar()), 1e-12);
        for (int j = 0; j < data.size(); j++) {
            assertEquals(pooled.mean(), c.schoolMean()[j], 1e-12);
            assertEquals(pooled.sd(), Math.sqrt(c.schoolVar()[j]), 1e-12);
        }
        // p(y) of pooling: the integral over the one slope b of prod_j N(y_j; b x_j, s_j) N(b; 0, 1)
        double[] x = data.hours();
        double[] y = data.improvements();
        double[] s = data.stderrs();
        double logPeak = logJoint(pooled.mean(), x, y, s);
        double integral = AdaptiveQuadrature.integrate(b -> Math.exp(logJoint(b, x, y, s) - logPeak),
                pooled.mean() - 12 * pooled.sd(), pooled.mean() + 12 * pooled.sd(), 1e-12);
        assertEquals(logPeak + Math.log(integral), c.logMarginal(), 1e-9);
    }

    private static double logJoint(double b, double[] x, double[] y, double[] s) {
        double l = Normal.logPdf(b, 0, 1);
        for (int j = 0; j < x.length; j++) {
            l += Normal.logPdf(y[j], b * x[j], s[j]);
        }
        return l;
    }

    @Test
    void noSchoolSpreadAndAFixedMuIsIndependentDistricts() {
        // tau_S = 0 makes a district's schools share its slope; mu pinned at m0 by a tiny prior sd makes
        // the district slopes independent N(m0, tau_D): the independent-districts model with prior sd tau_D.
        double tauD = 0.8;
        SlopeHierarchy.Conditional c = new SlopeHierarchy(data, MuPrior.normal(0.3, 1e-7)).conditional(tauD, 0);
        NormalMoments[] independent = ConjugateSlopes.independent(data, MuPrior.normal(0.3, tauD));
        int[] district = data.districtIndex();
        for (int d = 0; d < 5; d++) {
            assertEquals(independent[d].mean(), c.districtMean()[d], 1e-9);
            assertEquals(independent[d].sd(), Math.sqrt(c.districtVar()[d]), 1e-9);
        }
        for (int j = 0; j < data.size(); j++) {
            assertEquals(independent[district[j]].mean(), c.schoolMean()[j], 1e-9);
        }
    }
}
