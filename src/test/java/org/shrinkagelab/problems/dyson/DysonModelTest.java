package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.stats.VonMises;

class DysonModelTest {

    /** Four simulated objects at the generator's defaults. */
    static DysonData small(long seed) {
        DysonSpheresSimulation sim = new DysonSpheresSimulation();
        return DysonData.of(sim.simulate(org.shrinkagelab.problems.Settings.defaults(sim.options())
                .with("objects", 4L).with("seed", seed)));
    }

    /**
     * The density in the sampled coordinates written out by hand, independently of the declaration:
     * hyperpriors, the population densities of log f and log A with the polar Jacobian -2 log A (the sampled
     * coordinates are (a, b)), the phases' density (uniform, or von Mises from stats.VonMises with kappa and
     * mu the length and angle of the sampled w), the object means and noise, the likelihood, and the
     * Jacobians of the transforms (exp for tau_f, tau_A, sigma; logistic for the window position u, whose
     * map to log f is affine).
     */
    private static double handWritten(DysonData data, double[] centres, double halfWidth, double t0, double[] q,
                                      DysonModel.Phases phases) {
        int k = data.size();
        int i = 0;
        double muF = q[i++];
        double tauF = Math.exp(q[i++]);
        double alpha0 = q[i++];
        double alpha1 = q[i++];
        double tauA = Math.exp(q[i++]);
        double lp = logNormal(muF, 0, 1.5) + logNormal(tauF, 0, 1) + Math.log(tauF) + logNormal(alpha0, 0, 2)
                + logNormal(alpha1, 0, 1) + logNormal(tauA, 0, 1) + Math.log(tauA);
        double kappa = 0;
        double muPhi = 0;
        if (phases == DysonModel.Phases.VON_MISES) {
            double wx = q[5 + 5 * k];
            double wy = q[5 + 5 * k + 1];
            lp += logNormal(wx, 0, 3) + logNormal(wy, 0, 3);
            kappa = Math.hypot(wx, wy);
            muPhi = Math.atan2(wy, wx);
        }
        for (int j = 0; j < k; j++) {
            LightCurve c = data.curve(j);
            double v = q[5 + j];
            double u = 1 / (1 + Math.exp(-v));
            lp += Math.log(u) + Math.log(1 - u);
            double lo = Math.max(centres[j] - halfWidth, centres[j] / 2);
            double hi = centres[j] + halfWidth;
            double logF = Math.log(lo) + (Math.log(hi) - Math.log(lo)) * u;
            double f = Math.exp(logF);
            double a = q[5 + k + j];
            double b = q[5 + 2 * k + j];
            double mRaw = q[5 + 3 * k + j];
            double sigma = Math.exp(q[5 + 4 * k + j]);
            double amplitude = Math.hypot(a, b);
            double logA = Math.log(amplitude);
            double phi = Math.atan2(b, a);
            lp += logNormal(logF, muF, tauF) + logNormal(logA, alpha0 + alpha1 * logF, tauA) - 2 * logA
                    + logNormal(mRaw, 0, 10) + logNormal(sigma, 0, 5) + Math.log(sigma);
            if (phases == DysonModel.Phases.VON_MISES) {
                lp += VonMises.logPdf(phi, muPhi, kappa);
            }
            double mean = mean(c.flux());
            double m = mean + sd(c.flux(), mean) * mRaw;
            for (int n = 0; n < c.time().length; n++) {
                double model = m + amplitude * Math.cos(2 * Math.PI * f * (c.time()[n] - t0) - phi);
                lp += logNormal(c.flux()[n], model, sigma);
            }
        }
        return lp;
    }

    private static double logNormal(double x, double mu, double s) {
        double z = (x - mu) / s;
        return -0.5 * z * z - Math.log(s);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v, double mean) {
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    @ParameterizedTest
    @EnumSource(DysonModel.Phases.class)
    void declaredDensityEqualsTheHandWrittenOneUpToAConstant(DysonModel.Phases phases) {
        DysonData data = small(5);
        double[] centres = {0.5, 0.9, 1.3, 0.31};
        double halfWidth = 0.01;
        double t0 = data.midpoint();
        DeclaredModel model = new DysonModel(data, centres, halfWidth, t0, phases).model();
        assertEquals(5 + 5 * 4 + (phases == DysonModel.Phases.VON_MISES ? 2 : 0), model.dimension());
        Random random = new Random(11);
        double offset = Double.NaN;
        for (int trial = 0; trial < 20; trial++) {
            double[] q = new double[model.dimension()];
            for (int j = 0; j < q.length; j++) {
                q[j] = 2 * random.nextGaussian();
            }
            double declared = model.logDensityGradient(q, new double[q.length]);
            double diff = declared - handWritten(data, centres, halfWidth, t0, q, phases);
            if (Double.isNaN(offset)) {
                offset = diff;
            }
            // the two differ only by the normalizing constants (log sqrt(2 pi) per normal, log 2 per half-normal)
            assertEquals(offset, diff, 1e-8 * Math.abs(declared), "trial " + trial);
        }
    }

    @Test
    void summariesShowThePhysicalQuantitiesAndLeaveTheSamplersCoordinatesInTheDraws() {
        DeclaredModel model = new DysonModel(small(5), new double[] {0.5, 0.9, 1.3, 0.31}, 0.01, 0,
                DysonModel.Phases.VON_MISES).model();
        List<String> reported = model.reportedNames();
        for (String name : List.of("mu_f", "tau_f", "alpha_0", "alpha_1", "tau_A", "kappa_phi", "f[1]", "A[4]",
                "m[2]", "sigma[3]")) {
            assertTrue(reported.contains(name), name + " in " + reported);
        }
        for (String name : List.of("f_unit[1]", "a[1]", "b[1]", "m_raw[1]", "phase_wx", "phase_wy")) {
            assertFalse(reported.contains(name), name + " is auxiliary");
            assertTrue(model.outputNames().contains(name), name + " stays in the draws");
        }
    }

    @Test
    void outputsAreTheAmplitudeAndFrequencyOfTheSampledCoefficients() {
        DysonData data = small(5);
        DeclaredModel model = new DysonModel(data, new double[] {0.5, 0.9, 1.3, 0.31}, 0.01, 0,
                DysonModel.Phases.UNIFORM).model();
        double[] q = new double[model.dimension()];
        java.util.Arrays.fill(q, 0.3);
        double[] out = new double[model.outputNames().size()];
        model.outputs(q, out);
        List<String> names = model.outputNames();
        assertEquals(0.3, out[names.indexOf("a[1]")], 1e-15);
        assertEquals(Math.hypot(0.3, 0.3), out[names.indexOf("A[1]")], 1e-12, "A = |(a, b)|");
        double f = out[names.indexOf("f[1]")];
        double lo = 0.49;
        double hi = 0.51;
        double u = 1 / (1 + Math.exp(-0.3));
        assertEquals(Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * u), f, 1e-12);
        assertTrue(f > lo && f < hi);
    }

    @Test
    void aFrequencyCountThatDoesNotMatchTheObjectsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DysonModel(small(5), new double[] {0.5}, 0.01, 0, DysonModel.Phases.UNIFORM));
        assertEquals("4 objects need 4 frequencies, got 1", e.getMessage());
    }
}
