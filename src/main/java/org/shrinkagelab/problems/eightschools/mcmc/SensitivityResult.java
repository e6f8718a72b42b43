package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.TauPrior;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.KernelDensity;

/**
 * The same model fitted under several tau hyperpriors: each fit's posterior densities of tau and
 * theta[1] on shared grids (kernel estimates), and their summary rows.
 *
 * @param tauGrid   the shared grid for tau, from 0
 * @param thetaGrid the shared grid for theta[1]
 * @param fits      one entry per hyperprior, in the order fitted
 */
public record SensitivityResult(double[] tauGrid, double[] thetaGrid, List<Fit> fits) {
    private static final int POINTS = 200;
    private static final int MAX_KDE_VALUES = 4000;

    /**
     * One hyperprior's fit.
     *
     * @param prior        the tau prior, in its text form
     * @param tauDensity   kernel density of tau on the shared grid (reflected at the prior's lower bound, or on the log scale)
     * @param thetaDensity kernel density of theta[1] on the shared grid
     * @param tau          summary row of tau
     * @param theta1       summary row of theta[1]
     * @param divergences  divergent transitions of the fit
     * @param complete     false if the fit was cancelled
     */
    public record Fit(String prior, double[] tauDensity, double[] thetaDensity, ParameterSummary tau,
                      ParameterSummary theta1, int divergences, boolean complete) {
    }

    /** Builds the densities and summaries of the fits (priors and draws in the same order). */
    public static SensitivityResult of(List<TauPrior> priors, List<Draws> fits) {
        if (priors.size() != fits.size() || priors.isEmpty()) {
            throw new IllegalArgumentException("need one draws set per prior, got " + priors.size() + " priors and "
                    + fits.size() + " fits");
        }
        double tauHi = 0;
        double thetaLo = Double.POSITIVE_INFINITY;
        double thetaHi = Double.NEGATIVE_INFINITY;
        List<double[]> taus = new ArrayList<>();
        List<double[]> thetas = new ArrayList<>();
        for (Draws d : fits) {
            double[] tau = Draws.pooled(d.truncatedToShortest().parameter("tau"));
            double[] theta = Draws.pooled(d.truncatedToShortest().parameter("theta[1]"));
            taus.add(tau);
            thetas.add(theta);
            tauHi = Math.max(tauHi, quantile(tau, 0.99));
            thetaLo = Math.min(thetaLo, quantile(theta, 0.005));
            thetaHi = Math.max(thetaHi, quantile(theta, 0.995));
        }
        double[] tauGrid = KernelDensity.grid(0, tauHi > 0 ? tauHi : 1, POINTS);
        double[] thetaGrid = KernelDensity.grid(thetaLo, thetaHi > thetaLo ? thetaHi : thetaLo + 1, POINTS);
        List<Fit> out = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            Draws d = fits.get(i).truncatedToShortest();
            double[] tau = McmcAnalysis.thin(taus.get(i), MAX_KDE_VALUES);
            double[] theta = McmcAnalysis.thin(thetas.get(i), MAX_KDE_VALUES);
            SensitivityRun summaries = SensitivityRun.of(priors.get(i), d);
            out.add(new Fit(priors.get(i).toString(),
                    tauDensity(priors.get(i), tau, tauGrid),
                    KernelDensity.estimate(theta, thetaGrid, KernelDensity.silvermanBandwidth(theta), Double.NaN),
                    summaries.tau(), summaries.theta1(), Diagnostics.divergences(d), d.complete()));
        }
        return new SensitivityResult(tauGrid, thetaGrid, List.copyOf(out));
    }

    /**
     * Reflects at the prior's lower bound where the posterior is positive there (half-Cauchy, half-normal,
     * uniform, exponential, half-Student-t); estimates on the log scale where it vanishes (inverse-gamma),
     * since reflection would put mass at tau = 0 that the posterior does not have.
     */
    static double[] tauDensity(TauPrior prior, double[] tau, double[] grid) {
        double atLower = prior.logDensity(prior.lower());
        if (Double.isFinite(atLower)) {
            return KernelDensity.estimate(tau, grid, KernelDensity.silvermanBandwidth(tau), prior.lower());
        }
        return KernelDensity.estimateOnLogScale(tau, grid);
    }

    private static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return KernelDensity.quantileSorted(sorted, p);
    }
}
