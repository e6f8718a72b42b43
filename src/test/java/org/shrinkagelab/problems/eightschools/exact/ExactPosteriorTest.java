package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.EightSchoolsData;

/** The converged posterior against an independent scipy implementation, tighter tolerances and brute force. */
class ExactPosteriorTest {
    private static final EightSchoolsData DATA = EightSchoolsData.bundled();
    private static final HierarchicalNormalModel COURSE = new HierarchicalNormalModel(DATA, new NixPrior(0, 0.1, 0.1, 100));

    /** scipy_reference.csv: name -> {mean, sd}, made by scipy_reference.py (QUADPACK, epsrel 1e-13). */
    private static Map<String, double[]> scipyReference() throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ExactPosteriorTest.class.getResourceAsStream("scipy_reference.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",");
                out.put(c[0], new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2])});
            }
        }
        return out;
    }

    @Test
    void matchesScipyToOneInTenToTheEight() throws Exception {
        ExactPosterior e = ExactPosterior.compute(COURSE);
        assertTrue(e.converged());
        Map<String, double[]> ref = scipyReference();
        assertEquals(10, ref.size());
        assertEquals(ref.get("tau")[0], e.tauMean(), 1e-8);
        assertEquals(ref.get("tau")[1], e.tauSd(), 1e-8);
        assertEquals(ref.get("mu")[0], e.muMean(), 1e-8);
        assertEquals(ref.get("mu")[1], e.muSd(), 1e-8);
        for (int s = 0; s < 8; s++) {
            assertEquals(ref.get("theta[" + (s + 1) + "]")[0], e.thetaMean(s), 1e-8);
            assertEquals(ref.get("theta[" + (s + 1) + "]")[1], e.thetaSd(s), 1e-8);
        }
    }

    @Test
    void tighterToleranceChangesNothingBeyondOneInTenToTheEight() {
        for (NixPrior prior : new NixPrior[] {new NixPrior(0, 0.1, 0.1, 100), new NixPrior(-20, 0.001, 0.001, 0.1),
                new NixPrior(30, 50, 80, 5000)}) {
            HierarchicalNormalModel m = new HierarchicalNormalModel(DATA, prior);
            ExactPosterior loose = ExactPosterior.compute(m, 1e-9);
            ExactPosterior tight = ExactPosterior.compute(m, 1e-13);
            assertTrue(tight.converged(), prior.toString());
            assertEquals(tight.tauMean(), loose.tauMean(), 1e-8, prior.toString());
            assertEquals(tight.tauSd(), loose.tauSd(), 1e-8, prior.toString());
            for (int s = 0; s < 8; s++) {
                assertEquals(tight.thetaMean(s), loose.thetaMean(s), 1e-8);
                assertEquals(tight.thetaSd(s), loose.thetaSd(s), 1e-8);
            }
        }
    }

    /** Simpson's rule in u = log tau^2 on a fixed fine grid: independent of the adaptive code. */
    private static final class BruteForce {
        final double[] u;
        final double[] w;
        final HierarchicalNormalModel model;

        BruteForce(HierarchicalNormalModel model) {
            this.model = model;
            int n = 140000;
            u = new double[n + 1];
            w = new double[n + 1];
            double peak = Double.NEGATIVE_INFINITY;
            double[] g = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                u[i] = -40 + 70.0 * i / n;
                g[i] = model.atTau2(Math.exp(u[i])).logJoint() + u[i];
                peak = Math.max(peak, g[i]);
            }
            double z = 0;
            for (int i = 0; i <= n; i++) {
                double simpson = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
                w[i] = simpson * Math.exp(g[i] - peak);
                z += w[i];
            }
            for (int i = 0; i <= n; i++) {
                w[i] /= z;
            }
        }

        double expect(java.util.function.DoubleUnaryOperator f) {
            double sum = 0;
            for (int i = 0; i < u.length; i++) {
                if (w[i] > 0) {
                    sum += w[i] * f.applyAsDouble(Math.exp(u[i]));
                }
            }
            return sum;
        }
    }

    @Test
    void agreesWithBruteForceSimpsonForAnExtremePrior() {
        HierarchicalNormalModel m = new HierarchicalNormalModel(DATA, new NixPrior(-20, 0.001, 0.001, 0.1));
        ExactPosterior e = ExactPosterior.compute(m);
        BruteForce b = new BruteForce(m);
        double tauMean = b.expect(Math::sqrt);
        assertEquals(tauMean, e.tauMean(), 1e-8);
        assertEquals(Math.sqrt(b.expect(t -> t) - tauMean * tauMean), e.tauSd(), 1e-8);
        for (int s = 0; s < 8; s++) {
            int school = s;
            double mean = b.expect(t -> m.thetaMean(school, t, m.atTau2(t)));
            assertEquals(mean, e.thetaMean(s), 1e-8);
        }
    }

    @Test
    void quantilesInvertTheBruteForceCdf() {
        ExactPosterior e = ExactPosterior.compute(COURSE);
        BruteForce b = new BruteForce(COURSE);
        for (double p : new double[] {0.05, 0.5, 0.95}) {
            double q = e.thetaQuantile(0, p);
            double cdf = b.expect(t -> {
                HierarchicalNormalModel.AtTau2 at = COURSE.atTau2(t);
                double m = COURSE.thetaMean(0, t, at);
                double sd = Math.sqrt(COURSE.thetaVariance(0, t, at));
                return 0.5 * Erf.erfc(-(q - m) / (sd * Math.sqrt(2)));
            });
            assertEquals(p, cdf, 1e-9, "theta[1] quantile " + p);
            double tq = e.tauQuantile(p);
            double tauCdf = b.expect(t -> Math.sqrt(t) <= tq ? 1 : 0);
            // The step function on a grid of spacing 5e-4 in u: CDF error below the mass of one cell.
            assertEquals(p, tauCdf, 1e-4, "tau quantile " + p);
            assertEquals(p, e.tauCdf(tq), 1e-10);
        }
    }

    @Test
    void densityOfThetaIntegratesToOneWithTheRightMean() {
        ExactPosterior e = ExactPosterior.compute(COURSE);
        int n = 4000;
        double lo = e.thetaMean(6) - 12 * e.thetaSd(6);
        double hi = e.thetaMean(6) + 12 * e.thetaSd(6);
        double[] v = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            v[i] = lo + (hi - lo) * i / n;
        }
        double[] d = e.thetaDensity(6, v);
        double mass = 0;
        double mean = 0;
        for (int i = 0; i <= n; i++) {
            double wgt = ((i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2)) * (hi - lo) / n / 3;
            mass += wgt * d[i];
            mean += wgt * d[i] * v[i];
        }
        assertEquals(1, mass, 1e-8);
        assertEquals(e.thetaMean(6), mean, 1e-7);
    }

    @Test
    void densityOnAnEvenGridEqualsTheDirectMixtureSum() {
        // a sharp prior (nodes with sd near 0.1) and the course's; fine, coarse and off-centre grids
        for (HierarchicalNormalModel m : new HierarchicalNormalModel[] {COURSE,
            new HierarchicalNormalModel(DATA, new NixPrior(0, 0.1, 0.1, 1))}) {
            ExactPosterior e = ExactPosterior.compute(m);
            double[][] grids = {{-40, 60, 400}, {-20, 40, 120}, {-200, 300, 5}, {30, 90, 50}, {-3, -2.9, 2}};
            for (int s = 0; s < m.schools(); s++) {
                for (double[] g : grids) {
                    int n = (int) g[2];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = g[0] + (g[1] - g[0]) * i / (n - 1);
                    }
                    double[] direct = e.thetaDensity(s, v);
                    double[] stepped = e.thetaDensityOnGrid(s, g[0], g[1], n);
                    double peak = java.util.Arrays.stream(direct).max().orElseThrow();
                    for (int i = 0; i < n; i++) {
                        assertEquals(direct[i], stepped[i], 1e-12 * direct[i] + 1e-15 * peak,
                                "school " + s + " at " + v[i]);
                    }
                }
            }
        }
    }

    @Test
    void densityOfTauIsTwoTauTimesDensityOfTau2() {
        ExactPosterior e = ExactPosterior.compute(COURSE);
        assertEquals(2 * 3 * e.densityTau2(9), e.densityTau(3), 1e-15);
        assertEquals(0, e.densityTau2(0));
    }
}
