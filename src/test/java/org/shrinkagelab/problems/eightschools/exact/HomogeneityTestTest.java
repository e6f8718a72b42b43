package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.EightSchoolsData;

class HomogeneityTestTest {

    @Test
    void eightSchoolsByHand() {
        double[] x = {28, 8, -3, 7, -1, 1, 18, 12};
        double[] s = {15, 10, 16, 11, 9, 11, 10, 18};
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < 8; i++) {
            sw += 1 / (s[i] * s[i]);
            swx += x[i] / (s[i] * s[i]);
        }
        double pooled = swx / sw;
        double q = 0;
        for (int i = 0; i < 8; i++) {
            q += (x[i] - pooled) * (x[i] - pooled) / (s[i] * s[i]);
        }
        // chi^2 survival for 7 (odd) df in closed form: 2 Phi(-r) + 2 phi(r) (r + r^3/3 + r^5/15), r = sqrt(q).
        double r = Math.sqrt(q);
        double phi = Math.exp(-q / 2) / Math.sqrt(2 * Math.PI);
        double p = Erf.erfc(r / Math.sqrt(2)) + 2 * phi * (r + Math.pow(r, 3) / 3 + Math.pow(r, 5) / 15);

        HomogeneityTest t = HomogeneityTest.of(new HierarchicalNormalModel(EightSchoolsData.bundled(),
                new NixPrior(0, 1, 1, 1)));
        assertEquals(pooled, t.pooledMean(), 1e-12);
        assertEquals(1 / Math.sqrt(sw), t.pooledSd(), 1e-12);
        assertEquals(q, t.chiSquare(), 1e-12);
        assertEquals(7, t.df());
        assertEquals(q / 7, t.f(), 1e-12);
        assertEquals(p, t.pValue(), 1e-10);
        // scipy.stats.chi2.sf(4.707078864400158, 7) and the pooled mean as BDA's 7.7 +- 4.1.
        assertEquals(4.707078864400158, t.chiSquare(), 1e-12);
        assertEquals(0.6956591666351959, t.pValue(), 1e-10);
        assertEquals(7.685616724956035, t.pooledMean(), 1e-12);
        assertEquals(4.071919158402296, t.pooledSd(), 1e-12);
        assertEquals("no evidence against complete pooling (chi^2 = 4.71 on 7 df, F = 0.672, p = 0.70)", t.verdict());
    }

    @Test
    void clearlyDifferentSchoolsAreFlagged() {
        HomogeneityTest t = HomogeneityTest.of(new HierarchicalNormalModel(new double[] {0, 10, 40},
                new double[] {2, 2, 2}, new NixPrior(0, 1, 1, 1)));
        assertTrue(t.pValue() < 1e-6);
        assertTrue(t.verdict().startsWith("evidence against complete pooling"), t.verdict());
    }
}
