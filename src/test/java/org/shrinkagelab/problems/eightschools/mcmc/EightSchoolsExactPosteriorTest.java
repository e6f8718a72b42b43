package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.data.EightSchoolsData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shrinkagelab.engine.diag.ParameterSummary;

class EightSchoolsExactPosteriorTest {
    private static final EightSchoolsData DATA = EightSchoolsData.bundled();

    /**
     * Against a brute-force midpoint rule on a (tau, mu) grid of the joint p(mu) p(tau) prod N(y_j | mu,
     * sigma_j^2 + tau^2), which integrates mu numerically instead of through muHat and V. For integrands
     * smooth and decaying at both ends the midpoint rule converges faster than any power of the step, so
     * the grid error is set by the truncations at tau = 120 and |mu| = 100 (tail masses below 1e-7; the
     * flat-mu, uniform-tau case has its support ending at tau = 100 because its tail decays only like
     * tau^-7) and by the jumps of a uniform prior's density at its bounds (O(h^2) = 1e-5 there).
     */
    @ParameterizedTest(name = "tau ~ {0}, mu ~ {1}")
    @CsvSource(delimiter = ';', value = {"half-cauchy:5; normal:0,5", "uniform:0,100; flat", "inv-gamma:1,1; normal:2,10",
        "uniform:1,30; normal:0,20", "half-normal:10; flat", "exponential:0.2; normal:0,20", "half-student-t:3,5; flat"})
    void agreesWithBruteForceGridIntegration(String tau, String mu) {
        TauPrior tauPrior = TauPrior.parse(tau);
        MuPrior muPrior = MuPrior.parse(mu);
        EightSchoolsExactPosterior exact = new EightSchoolsExactPosterior(DATA, muPrior, tauPrior);
        double[] y = DATA.effects();
        double[] sigma = DATA.stderrs();
        double tauLo = tauPrior.lower();
        double tauHi = Math.min(tauPrior.upper(), 120);
        int nTau = 4000;
        double hTau = (tauHi - tauLo) / nTau;
        double muLo = -100;
        double hMu = 0.1;
        int nMu = 2150;
        int medianCells = (int) Math.floor((exact.tauQuantile(0.5) - tauLo) / hTau);
        double medianEdge = tauLo + medianCells * hTau;
        double z = 0;
        double sumTau = 0;
        double sumTau2 = 0;
        double sumMu = 0;
        double sumMu2 = 0;
        double sumTheta1 = 0;
        double belowMedian = 0;
        for (int a = 0; a < nTau; a++) {
            double t = tauLo + (a + 0.5) * hTau;
            double logPriorTau = tauPrior.logDensity(t);
            double[] inverseVariance = new double[8];
            for (int j = 0; j < 8; j++) {
                double v = sigma[j] * sigma[j] + t * t;
                inverseVariance[j] = 1 / v;
                logPriorTau -= 0.5 * Math.log(v);
            }
            for (int b = 0; b < nMu; b++) {
                double m = muLo + (b + 0.5) * hMu;
                double lp = logPriorTau + muPrior.logDensity(m);
                for (int j = 0; j < 8; j++) {
                    lp -= 0.5 * (y[j] - m) * (y[j] - m) * inverseVariance[j];
                }
                double w = Math.exp(lp + 30);
                z += w;
                sumTau += w * t;
                sumTau2 += w * t * t;
                sumMu += w * m;
                sumMu2 += w * m * m;
                double precision1 = 1 / (sigma[0] * sigma[0]) + 1 / (t * t);
                sumTheta1 += w * (y[0] / (sigma[0] * sigma[0]) + m / (t * t)) / precision1;
                if (a < medianCells) {
                    belowMedian += w;
                }
            }
        }
        // measured grid errors: below 5e-6 relative (the largest from truncating mu at +-100 when tau nears 100); 4x margin
        double tauTol = 2e-5;
        double muTol = 2e-5;
        assertEquals(sumTau / z, exact.tauMean(), tauTol * exact.tauMean(), "E[tau]");
        assertEquals(Math.sqrt(sumTau2 / z - Math.pow(sumTau / z, 2)), exact.tauSd(), tauTol * exact.tauSd(), "Sd[tau]");
        assertEquals(exact.tauCdf(medianEdge), belowMedian / z, tauTol, "P(tau <= cell edge below the median)");
        assertEquals(sumMu / z, exact.muMean(), muTol * exact.muSd(), "E[mu]");
        assertEquals(Math.sqrt(sumMu2 / z - Math.pow(sumMu / z, 2)), exact.muSd(), muTol * exact.muSd(), "Sd[mu]");
        assertEquals(sumTheta1 / z, exact.thetaMean(0), muTol * exact.thetaSd(0), "E[theta_1]");
    }

    /**
     * The marginal density of mu against the same brute-force midpoint rule: p(mu_k | y) is the tau-sum
     * of the joint at mu_k over the double sum of the joint (grid errors as above, below 5e-6 relative).
     */
    @ParameterizedTest(name = "tau ~ {0}, mu ~ {1}")
    @CsvSource(delimiter = ';', value = {"half-cauchy:2; normal:0,20", "inv-gamma:1,1; normal:2,10", "half-normal:10; flat"})
    void muDensityAgreesWithBruteForceGridIntegration(String tau, String mu) {
        TauPrior tauPrior = TauPrior.parse(tau);
        MuPrior muPrior = MuPrior.parse(mu);
        EightSchoolsExactPosterior exact = new EightSchoolsExactPosterior(DATA, muPrior, tauPrior);
        double[] y = DATA.effects();
        double[] sigma = DATA.stderrs();
        double tauLo = tauPrior.lower();
        double hTau = (Math.min(tauPrior.upper(), 120) - tauLo) / 4000;
        double muLo = -100;
        double hMu = 0.1;
        double[] at = {-10, 0, 5, 7.5, 10, 20, 35};
        double[] marginal = new double[at.length];
        double z = 0;
        for (int a = 0; a < 4000; a++) {
            double t = tauLo + (a + 0.5) * hTau;
            double logPriorTau = tauPrior.logDensity(t);
            double[] inverseVariance = new double[8];
            for (int j = 0; j < 8; j++) {
                double v = sigma[j] * sigma[j] + t * t;
                inverseVariance[j] = 1 / v;
                logPriorTau -= 0.5 * Math.log(v);
            }
            for (int b = 0; b < 2150 + at.length; b++) {
                double m = b < 2150 ? muLo + (b + 0.5) * hMu : at[b - 2150];
                double lp = logPriorTau + muPrior.logDensity(m);
                for (int j = 0; j < 8; j++) {
                    lp -= 0.5 * (y[j] - m) * (y[j] - m) * inverseVariance[j];
                }
                double w = Math.exp(lp + 30) * hTau;
                if (b < 2150) {
                    z += w * hMu;
                } else {
                    marginal[b - 2150] += w;
                }
            }
        }
        double[] density = exact.muDensity(at);
        double peak = exact.muDensity(new double[] {exact.muMean()})[0];
        for (int k = 0; k < at.length; k++) {
            assertEquals(marginal[k] / z, density[k], 2e-5 * peak, "p(mu = " + at[k] + " | y)");
        }
    }

    /**
     * The sampler's model and the exact posterior describe the same p(tau | y): integrating the model's
     * density over theta (Gaussian, so exactly by its mode and Hessian) and over mu (by quadrature)
     * must reproduce logTauPosterior up to a constant, once the tau Jacobian (and, non-centered, the
     * tau^J of theta = mu + tau eta) is taken off.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"centered", "noncentered"})
    void theSamplersModelIntegratesToTheExactTauPosterior(String parameterization) {
        MuPrior muPrior = MuPrior.normal(1, 20);
        TauPrior tauPrior = TauPrior.halfStudentT(3, 5);
        EightSchoolsModel model = new EightSchoolsModel(DATA, Parameterization.parse(parameterization), muPrior,
                tauPrior, Population.normal());
        EightSchoolsExactPosterior exact = new EightSchoolsExactPosterior(DATA, muPrior, tauPrior);
        double[] sigma = DATA.stderrs();
        double offset = Double.NaN;
        for (double tau : new double[] {0.3, 1, 3, 8, 20, 50}) {
            double thetaVolume = 0; // log of the Gaussian integral over theta: sum_j log sqrt(2 pi V_j)
            for (int j = 0; j < 8; j++) {
                thetaVolume += 0.5 * Math.log(2 * Math.PI / (1 / (sigma[j] * sigma[j]) + 1 / (tau * tau)));
            }
            double jacobian = Math.log(tau) + (model.parameterization() == Parameterization.NONCENTERED ? 8 * Math.log(tau) : 0);
            double reference = model.logDensity(model.unconstrain(0, tau, modes(0, tau)));
            double integral = org.shrinkagelab.stats.AdaptiveQuadrature.integrate(mu -> Math.exp(
                    model.logDensity(model.unconstrain(mu, tau, modes(mu, tau))) - reference), -150, 150, 1e-13);
            double logMarginal = reference + Math.log(integral) - jacobian + thetaVolume;
            double difference = logMarginal - exact.logTauPosterior(tau);
            if (Double.isNaN(offset)) {
                offset = difference;
            }
            assertEquals(offset, difference, 1e-9, "tau = " + tau);
        }
    }

    /** The mode of theta given mu and tau: the precision-weighted mean of y_j and mu. */
    private static double[] modes(double mu, double tau) {
        double[] y = DATA.effects();
        double[] sigma = DATA.stderrs();
        double[] theta = new double[8];
        for (int j = 0; j < 8; j++) {
            double a = 1 / (sigma[j] * sigma[j]);
            double b = 1 / (tau * tau);
            theta[j] = (a * y[j] + b * mu) / (a + b);
        }
        return theta;
    }

    /** The normalized tau density integrates to 1 (commons-math3 Legendre-Gauss) and the CDF inverts the quantile. */
    @Test
    void densityIsNormalizedAndCdfInvertsQuantile() {
        EightSchoolsExactPosterior exact = new EightSchoolsExactPosterior(DATA, MuPrior.normal(0, 20),
                TauPrior.halfCauchy(2));
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(12, 1e-12, 1e-13);
        double mass = integrator.integrate(1_000_000, exact::tauDensity, 0, 40)
                + integrator.integrate(1_000_000, exact::tauDensity, 40, 4000);
        assertEquals(1, mass, 1e-8);
        double firstMoment = integrator.integrate(1_000_000, t -> t * exact.tauDensity(t), 0, 40)
                + integrator.integrate(1_000_000, t -> t * exact.tauDensity(t), 40, 4000);
        assertEquals(firstMoment, exact.tauMean(), 1e-6 * firstMoment);
        for (double p : new double[] {0.001, 0.05, 0.25, 0.5, 0.9, 0.999}) {
            double q = exact.tauQuantile(p);
            assertEquals(p, exact.tauCdf(q), 1e-10, "CDF(quantile(" + p + "))");
            assertEquals(integrator.integrate(1_000_000, exact::tauDensity, 0, q), exact.tauCdf(q), 1e-9);
        }
        assertEquals(0, exact.tauDensity(-1));
    }

    /**
     * A uniform prior on a band of width 2e-3 around tau0 pins tau: the posterior of mu is then
     * N(muHat(tau0), V(tau0)) and that of theta_j normal with the closed-form moments of BDA3 (5.17),
     * (5.20). The band shifts the moments by O(band^2) relative (the density tilts linearly across it).
     */
    @Test
    void aPinnedTauGivesTheClosedFormNormals() {
        double tau0 = 6;
        double[] y = DATA.effects();
        double[] sigma = DATA.stderrs();
        double s = 20;
        double precision = 1 / (s * s);
        double weighted = 0;
        for (int j = 0; j < 8; j++) {
            precision += 1 / (sigma[j] * sigma[j] + tau0 * tau0);
            weighted += y[j] / (sigma[j] * sigma[j] + tau0 * tau0);
        }
        double muHat = weighted / precision;
        double v = 1 / precision;
        EightSchoolsExactPosterior exact = new EightSchoolsExactPosterior(DATA, MuPrior.normal(0, s),
                TauPrior.uniform(tau0 - 1e-3, tau0 + 1e-3));
        double tol = 1e-5;
        assertEquals(tau0, exact.tauMean(), 1e-6);
        assertEquals(1e-3 / Math.sqrt(3), exact.tauSd(), 1e-6);
        assertEquals(muHat, exact.muMean(), tol);
        assertEquals(Math.sqrt(v), exact.muSd(), tol);
        NormalDistribution mu = new NormalDistribution(muHat, Math.sqrt(v));
        assertEquals(mu.inverseCumulativeProbability(0.05), exact.muQuantile(0.05), tol);
        for (int j = 0; j < 8; j++) {
            double b = sigma[j] * sigma[j] / (sigma[j] * sigma[j] + tau0 * tau0);
            double mean = b * muHat + (1 - b) * y[j];
            double sd = Math.sqrt((1 - b) * sigma[j] * sigma[j] + b * b * v);
            assertEquals(mean, exact.thetaMean(j), tol, "E[theta_" + (j + 1) + "]");
            assertEquals(sd, exact.thetaSd(j), tol, "Sd[theta_" + (j + 1) + "]");
            NormalDistribution theta = new NormalDistribution(mean, sd);
            assertEquals(theta.inverseCumulativeProbability(0.95), exact.thetaQuantile(j, 0.95), tol);
            assertEquals(theta.inverseCumulativeProbability(0.05), exact.thetaQuantile(j, 0.05), tol);
        }
    }

    /**
     * A prior on tau far narrower than the scale on which the likelihood varies (tau^2/sigma_j^2 ~ 1e-6)
     * returns the prior, and with a flat mu prior the schools pool completely: every theta_j and mu get
     * the inverse-variance weighted mean 7.69 and its sd 4.07. The likelihood's tilt is O(1e-5) relative.
     */
    @Test
    void aTinyTauPriorReturnsThePriorAndCompletePooling() {
        double s = 0.01;
        EightSchoolsExactPosterior halfNormal = EightSchoolsExactPosterior.of(MuPrior.flat(), TauPrior.halfNormal(s));
        assertEquals(s * Math.sqrt(2 / Math.PI), halfNormal.tauMean(), 1e-4 * s);
        assertEquals(s * Math.sqrt(1 - 2 / Math.PI), halfNormal.tauSd(), 1e-4 * s);
        EightSchoolsExactPosterior exponential = EightSchoolsExactPosterior.of(MuPrior.flat(), TauPrior.exponential(1 / s));
        assertEquals(s, exponential.tauMean(), 1e-4 * s);
        assertEquals(s, exponential.tauSd(), 1e-4 * s);
        assertEquals(-s * Math.log(0.05), exponential.tauQuantile(0.95), 1e-4 * s);
        EightSchoolsExactPosterior micro = EightSchoolsExactPosterior.of(MuPrior.flat(), TauPrior.halfNormal(1e-6));
        assertEquals(1e-6 * Math.sqrt(2 / Math.PI), micro.tauMean(), 1e-10);
        double pooledMean = DATA.pooledMean();
        double pooledSd = DATA.pooledSd();
        for (EightSchoolsExactPosterior exact : List.of(halfNormal, exponential)) {
            assertEquals(pooledMean, exact.muMean(), 1e-4);
            assertEquals(pooledSd, exact.muSd(), 1e-4);
            for (int j = 0; j < 8; j++) {
                assertEquals(pooledMean, exact.thetaMean(j), 1e-4, "E[theta_" + (j + 1) + "]");
                assertEquals(pooledSd, exact.thetaSd(j), 1e-4, "Sd[theta_" + (j + 1) + "]");
            }
        }
    }

    /**
     * A sharp inverse-gamma prior (sd 0.005 at tau = 5) must be found by the quadrature, whose first
     * panels are far wider than it: the posterior is then the prior, mean B/(A-1) and sd mean/sqrt(A-2),
     * tilted by the likelihood: to first order the mean moves by var * d log p(y | tau)/dtau (2.4e-6
     * here); what is left is second order, var^2 times the likelihood's curvature (below 1e-8).
     */
    @Test
    void aSharpPriorPeakIsResolved() {
        double a = 1e6;
        double b = 5e6;
        TauPrior prior = TauPrior.inverseGamma(a, b);
        EightSchoolsExactPosterior exact = EightSchoolsExactPosterior.of(MuPrior.normal(0, 20), prior);
        double mean = b / (a - 1);
        double variance = mean * mean / (a - 2);
        double h = 1e-3;
        double slope = (exact.logTauPosterior(mean + h) - prior.logDensity(mean + h) - exact.logTauPosterior(mean - h)
                + prior.logDensity(mean - h)) / (2 * h);
        assertEquals(mean + variance * slope, exact.tauMean(), 1e-8);
        assertEquals(Math.sqrt(variance), exact.tauSd(), 1e-4 * Math.sqrt(variance));
        assertEquals(0.95, exact.tauCdf(exact.tauQuantile(0.95)), 1e-10);
    }

    /**
     * posteriordb (github.com/stan-dev/posteriordb) reference posterior eight_schools-eight_schools_noncentered:
     * mu ~ normal(0, 5), tau ~ half-Cauchy(0, 5), the BDA3 data; 10 chains x 1000 thinned draws by rstan
     * 2.19.2. File posterior_database/reference_posteriors/summary_statistics/mean/mean/
     * eight_schools-eight_schools_noncentered.json (commit e3545336): means and their MCSE. Allowed error 4 MCSE.
     */
    @Test
    void matchesPosteriordbReferenceMeansWithinFourMcse() {
        String[] names = {"theta[1]", "theta[2]", "theta[3]", "theta[4]", "theta[5]", "theta[6]", "theta[7]", "theta[8]",
            "mu", "tau"};
        double[] mean = {6.15050229334425, 4.9395811407422, 3.90590609001582, 4.79601675138494, 3.6144363246799,
            4.0511475789675, 6.31716975886893, 4.88399694353288, 4.41051833695493, 3.60205952364059};
        double[] mcse = {0.0557375282295219, 0.0462293788624847, 0.0542313705632124, 0.0474935816762281,
            0.0461450610244603, 0.0485195392528031, 0.0498766794075794, 0.0542511606560972, 0.0330374705950917,
            0.0318615135640706};
        EightSchoolsExactPosterior exact = new EightSchoolsExactPosterior(DATA, MuPrior.normal(0, 5),
                TauPrior.halfCauchy(5));
        List<ParameterSummary> rows = exact.summaries();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            ParameterSummary row = rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
            assertEquals(mean[i], row.mean(), 4 * mcse[i], name);
        }
    }

    @Test
    void summariesAreOrderedAndConsistent() {
        EightSchoolsExactPosterior exact = EightSchoolsExactPosterior.of(MuPrior.flat(), TauPrior.uniform(0, 1000));
        List<ParameterSummary> rows = exact.summaries();
        assertEquals(List.of("mu", "tau", "theta[1]", "theta[2]", "theta[3]", "theta[4]", "theta[5]", "theta[6]",
                "theta[7]", "theta[8]"), rows.stream().map(ParameterSummary::name).toList());
        for (ParameterSummary r : rows) {
            assertEquals(true, r.q5() < r.q50() && r.q50() < r.q95(), r.name());
        }
        assertEquals(exact.thetaMean(0), rows.get(2).mean(), 0);
        assertEquals(exact.tauQuantile(0.95), rows.get(1).q95(), 0);
        assertThrows(IllegalArgumentException.class, () -> exact.thetaQuantile(8, 0.5));
        assertThrows(IllegalArgumentException.class, () -> exact.tauQuantile(1));
    }
}
