package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.stats.AdaptiveQuadrature;

class TauAxisTest {

    /** Half-Cauchy(s) on tau = s t / (1 - t): p(tau) dtau/dt = 2 / (pi ((1 - t)^2 + t^2)), free of s. */
    @Test
    void halfCauchyAxisIsTheClosedFormMapAndDensityOverT() {
        double s = 2.5;
        TauAxis axis = new TauAxis(TauPrior.halfCauchy(s));
        for (double t : new double[] {0.1, 0.25, 0.5, 0.8, 0.97}) {
            assertEquals(s * t / (1 - t), axis.tau(t), 1e-12 * (1 + axis.tau(t)), "tau at t = " + t);
            double closedForm = Math.log(2 / (Math.PI * ((1 - t) * (1 - t) + t * t)));
            assertEquals(closedForm, axis.logPriorTimesJacobian(t), 1e-12, "log p(tau) dtau/dt at t = " + t);
        }
        assertEquals(Double.POSITIVE_INFINITY, axis.upper());
    }

    /** Half-normal(s): p(tau) dtau/dt = sqrt(2/pi)/s exp(-tau^2/(2 s^2)) * s/(1-t)^2, written out by hand. */
    @Test
    void halfNormalAxisCarriesTheJacobianOfTheOddsMap() {
        double s = 0.7;
        TauAxis axis = new TauAxis(TauPrior.halfNormal(s));
        for (double t : new double[] {0.05, 0.3, 0.6, 0.9}) {
            double tau = s * t / (1 - t);
            double expected = 0.5 * Math.log(2 / Math.PI) - Math.log(s) - tau * tau / (2 * s * s)
                    + Math.log(s) - 2 * Math.log(1 - t);
            assertEquals(expected, axis.logPriorTimesJacobian(t), 1e-12, "t = " + t);
        }
    }

    /** The exponential's scale is 1 / rate: tau = t / (rate (1 - t)), density rate exp(-rate tau) / (rate (1-t)^2). */
    @Test
    void exponentialAxisUsesTheInverseRateAsItsScale() {
        double rate = 4;
        TauAxis axis = new TauAxis(TauPrior.exponential(rate));
        double t = 0.4;
        double tau = t / (rate * (1 - t));
        assertEquals(tau, axis.tau(t), 1e-15);
        assertEquals(Math.log(rate) - rate * tau - Math.log(rate) - 2 * Math.log(1 - t),
                axis.logPriorTimesJacobian(t), 1e-12);
    }

    /** A uniform's axis is linear from L to U with constant Jacobian U - L, so the density over t is 1. */
    @Test
    void uniformAxisIsLinearFromLowerToUpper() {
        TauAxis axis = new TauAxis(TauPrior.uniform(1, 5));
        assertEquals(1, axis.tau(0), 0);
        assertEquals(2, axis.tau(0.25), 1e-15);
        assertEquals(4.6, axis.tau(0.9), 1e-14);
        assertEquals(5, axis.upper(), 0);
        for (double t : new double[] {0.1, 0.5, 0.95}) {
            // p(tau) = 1/4 on (1, 5), dtau/dt = 4
            assertEquals(0, axis.logPriorTimesJacobian(t), 1e-14, "t = " + t);
        }
    }

    /** Over t the prior still integrates to one and keeps its mean (quadrature against the closed forms). */
    @Test
    void densityOverTIntegratesToOneAndKeepsThePriorMean() {
        TauPrior[] priors = {TauPrior.halfNormal(3), TauPrior.exponential(0.5), TauPrior.inverseGamma(3, 2),
            TauPrior.uniform(0.5, 2.5)};
        double[] means = {3 * Math.sqrt(2 / Math.PI), 2, 2 / (3 - 1.0), 1.5};
        for (int k = 0; k < priors.length; k++) {
            TauAxis axis = new TauAxis(priors[k]);
            assertSame(priors[k], axis.prior());
            double mass = AdaptiveQuadrature.integrate(t -> Math.exp(axis.logPriorTimesJacobian(t)), 0, 1, 1e-10);
            double mean = AdaptiveQuadrature.integrate(
                    t -> axis.tau(t) * Math.exp(axis.logPriorTimesJacobian(t)), 0, 1, 1e-10);
            assertEquals(1, mass, 1e-7, priors[k] + " mass");
            assertEquals(means[k], mean, 1e-6 * means[k], priors[k] + " mean");
        }
    }
}
