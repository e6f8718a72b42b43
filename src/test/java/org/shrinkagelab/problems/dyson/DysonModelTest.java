package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.engine.model.DeclaredModel;

class DysonModelTest {

    /** Four simulated objects at the generator's defaults. */
    static DysonData small(long seed) {
        DysonSpheresSimulation sim = new DysonSpheresSimulation();
        return DysonData.of(sim.simulate(org.shrinkagelab.problems.Settings.defaults(sim.options())
                .with("objects", 4L).with("seed", seed)));
    }

    /**
     * The density in the sampled coordinates written out by hand, independently of the declaration:
     * hyperpriors, the population densities of log f and log A (no -2 log A term, because log A and a
     * direction 2-vector are sampled), the N(0, I) direction, the object means and noise, the
     * likelihood, and the Jacobians of the transforms (exp for tau_f, tau_A, sigma; logistic for the
     * window position u, whose map to log f is affine).
     */
    private static double handWritten(DysonData data, double[] centres, double halfWidth, double t0, double[] q) {
        int k = data.size();
        int i = 0;
        double muF = q[i++];
        double tauF = Math.exp(q[i++]);
        double alpha0 = q[i++];
        double alpha1 = q[i++];
        double tauA = Math.exp(q[i++]);
        double lp = logNormal(muF, 0, 1.5) + logNormal(tauF, 0, 1) + Math.log(tauF) + logNormal(alpha0, 0, 2)
                + logNormal(alpha1, 0, 1) + logNormal(tauA, 0, 1) + Math.log(tauA);
        for (int j = 0; j < k; j++) {
            LightCurve c = data.curve(j);
            double v = q[5 + j];
            double u = 1 / (1 + Math.exp(-v));
            lp += Math.log(u) + Math.log(1 - u);
            double lo = Math.max(centres[j] - halfWidth, centres[j] / 2);
            double hi = centres[j] + halfWidth;
            double logF = Math.log(lo) + (Math.log(hi) - Math.log(lo)) * u;
            double f = Math.exp(logF);
            double logA = q[5 + k + j];
            double x = q[5 + 2 * k + j];
            double y = q[5 + 3 * k + j];
            double mRaw = q[5 + 4 * k + j];
            double sigma = Math.exp(q[5 + 5 * k + j]);
            lp += logNormal(logF, muF, tauF) + logNormal(logA, alpha0 + alpha1 * logF, tauA)
                    + logNormal(x, 0, 1) + logNormal(y, 0, 1) + logNormal(mRaw, 0, 10)
                    + logNormal(sigma, 0, 5) + Math.log(sigma);
            double phi = Math.atan2(y, x);
            double amplitude = Math.exp(logA);
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

    @Test
    void declaredDensityEqualsTheHandWrittenOneUpToAConstant() {
        DysonData data = small(5);
        double[] centres = {0.5, 0.9, 1.3, 0.31};
        double halfWidth = 0.01;
        double t0 = data.midpoint();
        DeclaredModel model = new DysonModel(data, centres, halfWidth, t0).model();
        assertEquals(5 + 6 * 4, model.dimension());
        Random random = new Random(11);
        double offset = Double.NaN;
        for (int trial = 0; trial < 20; trial++) {
            double[] q = new double[model.dimension()];
            for (int j = 0; j < q.length; j++) {
                q[j] = 2 * random.nextGaussian();
            }
            double declared = model.logDensityGradient(q, new double[q.length]);
            double diff = declared - handWritten(data, centres, halfWidth, t0, q);
            if (Double.isNaN(offset)) {
                offset = diff;
            }
            // the two differ only by the normalizing constants (log sqrt(2 pi) per normal, log 2 per half-normal)
            assertEquals(offset, diff, 1e-8 * Math.abs(declared), "trial " + trial);
        }
    }

    @Test
    void outputsAreTheAmplitudeFrequencyAndTheCoefficientsOfTheDirection() {
        DysonData data = small(5);
        DeclaredModel model = new DysonModel(data, new double[] {0.5, 0.9, 1.3, 0.31}, 0.01, 0).model();
        double[] q = new double[model.dimension()];
        java.util.Arrays.fill(q, 0.3);
        double[] out = new double[model.outputNames().size()];
        model.outputs(q, out);
        List<String> names = model.outputNames();
        double a = out[names.indexOf("a[1]")];
        double b = out[names.indexOf("b[1]")];
        double amplitude = out[names.indexOf("A[1]")];
        assertEquals(Math.exp(0.3), amplitude, 1e-12);
        assertEquals(amplitude, Math.hypot(a, b), 1e-12, "(a, b) = A (cos phi, sin phi)");
        assertEquals(Math.PI / 4, Math.atan2(b, a), 1e-12, "the direction of (x, y) = (0.3, 0.3)");
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
                () -> new DysonModel(small(5), new double[] {0.5}, 0.01, 0));
        assertEquals("4 objects need 4 frequencies, got 1", e.getMessage());
    }
}
